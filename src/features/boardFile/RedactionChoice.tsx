import { useId } from 'react';
import { describeRedaction, type Redaction } from '../../domain/formats/redaction';
import type { Board } from '../../domain/kinds/board';
import { effectivePolicy } from '../../domain/naming';
import { labelOf, namePolicies } from '../../domain/vocabulary';

export type RedactionKey = 'none' | 'board' | 'presenter';

/** The redaction a choice stands for on this board (presenter-safe never shows full names). */
export function redactionOf(key: RedactionKey, board: Board): Redaction | null {
  if (key === 'none') return null;
  return { names: effectivePolicy(board.namePolicy, key === 'presenter') };
}

interface Props {
  board: Board;
  value: RedactionKey;
  onChange: (key: RedactionKey) => void;
}

/** What a saved file holds: everything, or names as a policy shows them and no free text. */
export function RedactionChoice({ board, value, onChange }: Props) {
  const id = useId();
  const policy = (key: RedactionKey) =>
    labelOf(namePolicies, redactionOf(key, board)?.names ?? board.namePolicy).toLowerCase();
  const options: { key: RedactionKey; label: string }[] = [
    { key: 'none', label: 'Everything, as it is on this device' },
    { key: 'board', label: `Redacted: names as this board shows them (${policy('board')})` },
    { key: 'presenter', label: `Redacted: presenter-safe names (${policy('presenter')})` },
  ];
  const redaction = redactionOf(value, board);
  return (
    <fieldset className="board-file-choices">
      <legend>What the file holds</legend>
      {options.map((o) => (
        <div className="board-file-choice" key={o.key}>
          <input
            type="radio"
            id={`${id}-${o.key}`}
            name={`${id}-redaction`}
            checked={value === o.key}
            onChange={() => onChange(o.key)}
          />
          <label htmlFor={`${id}-${o.key}`}>{o.label}</label>
        </div>
      ))}
      <p className="field-hint" aria-live="polite">
        {redaction
          ? `The file will say: “${describeRedaction(redaction)}”`
          : 'Every record, name and note, the change log and any stored map: for keeping the board or moving it to another device.'}
      </p>
    </fieldset>
  );
}
