import { useId, useState } from 'react';
import {
  DEFAULT_CHOICE,
  duplicateChoices,
  type DuplicateChoice,
} from '../../domain/formats/csvImport/importPlan';

/** A row of the file that is likely a record already on the board. */
export interface Match {
  line: number;
  /** The row as the file names it. */
  row: string;
  /** The record on the board, as the names policy shows it. */
  existing: string;
  reason: string;
}

interface Props {
  matches: readonly Match[];
  choices: ReadonlyMap<number, DuplicateChoice>;
  onChoose: (line: number, choice: DuplicateChoice) => void;
  onAll: (choice: DuplicateChoice) => void;
}

/** A choice per likely duplicate (merge, skip, add as new), and one to apply to them all. */
export function DuplicateChoices({ matches, choices, onChoose, onAll }: Props) {
  const [all, setAll] = useState<DuplicateChoice>(DEFAULT_CHOICE);
  const id = useId();
  return (
    <section aria-label="Likely duplicates">
      <p>
        {matches.length === 1
          ? 'One row looks'
          : `${matches.length.toLocaleString('en-GB')} rows look`}{' '}
        like {matches.length === 1 ? 'a record' : 'records'} already on this board. Merging writes
        the file’s values over the record’s (empty cells leave it as it is); undo takes the whole
        import back.
      </p>
      <div className="apply-all">
        <label htmlFor={`${id}-all`}>For every row</label>
        <select
          id={`${id}-all`}
          value={all}
          onChange={(e) => setAll(e.target.value as DuplicateChoice)}
        >
          {duplicateChoices.map((c) => (
            <option key={c.key} value={c.key}>
              {c.label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onAll(all)}>
          Apply to all
        </button>
      </div>
      <ul className="duplicates">
        {matches.map((m) => (
          <li key={m.line}>
            <span>
              Line {m.line}: “{m.row}” is like <strong>{m.existing}</strong> on the board (
              {m.reason})
            </span>
            <select
              aria-label={`What to do with line ${m.line}`}
              value={choices.get(m.line) ?? DEFAULT_CHOICE}
              onChange={(e) => onChoose(m.line, e.target.value as DuplicateChoice)}
            >
              {duplicateChoices.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
            </select>
          </li>
        ))}
      </ul>
    </section>
  );
}
