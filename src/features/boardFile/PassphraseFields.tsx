import { useId } from 'react';
import { PasswordField } from '../../ui/PasswordField';
import { passphraseProblems, type PassphraseEntry } from './passphrase';

interface Props {
  entry: PassphraseEntry;
  onChange: (entry: PassphraseEntry) => void;
  /** Problems are shown once the user has tried to save. */
  showProblems: boolean;
}

/** "Protect with a passphrase": typed twice, never kept. */
export function PassphraseFields({ entry, onChange, showProblems }: Props) {
  const checkId = useId();
  const problems = showProblems ? passphraseProblems(entry) : {};
  const field = (key: 'first' | 'second', label: string, hint?: string) => (
    <PasswordField
      label={label}
      value={entry[key]}
      error={problems[key]}
      hint={hint}
      onChange={(value) => onChange({ ...entry, [key]: value })}
    />
  );
  return (
    <div className="board-file-protect">
      <div className="board-file-check">
        <input
          type="checkbox"
          id={checkId}
          checked={entry.protect}
          onChange={(e) => onChange({ ...entry, protect: e.target.checked })}
        />
        <label htmlFor={checkId}>Protect with a passphrase</label>
      </div>
      {entry.protect && (
        <>
          {field(
            'first',
            'Passphrase',
            'It is not kept anywhere: without it the file cannot be opened, by anyone.',
          )}
          {field('second', 'Passphrase again')}
        </>
      )}
    </div>
  );
}
