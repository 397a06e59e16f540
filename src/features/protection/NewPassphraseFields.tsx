import { PasswordField } from '../../ui/PasswordField';
import {
  DEVICE_PASSPHRASE_MIN,
  newPassphraseProblems,
  type NewPassphrase,
} from './passphraseRules';

interface Props {
  entry: NewPassphrase;
  onChange: (entry: NewPassphrase) => void;
  /** Problems are shown once the user has tried to go on. */
  showProblems: boolean;
  /** "Passphrase" when protecting, "New passphrase" when changing it. */
  label: string;
}

/** A new passphrase, typed twice (never kept: only what it unlocks is stored). */
export function NewPassphraseFields({ entry, onChange, showProblems, label }: Props) {
  const problems = showProblems ? newPassphraseProblems(entry) : {};
  const field = (key: 'first' | 'second', fieldLabel: string, hint?: string) => (
    <PasswordField
      label={fieldLabel}
      value={entry[key]}
      error={problems[key]}
      hint={hint}
      onChange={(value) => onChange({ ...entry, [key]: value })}
    />
  );
  return (
    <>
      {field(
        'first',
        label,
        `At least ${DEVICE_PASSPHRASE_MIN} characters: a few unrelated words are strong and easy to remember.`,
      )}
      {field('second', `${label} again`)}
    </>
  );
}
