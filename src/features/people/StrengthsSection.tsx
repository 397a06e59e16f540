import { useState, type FormEvent } from 'react';
import type { RunResult } from '../../commands/bus';
import { FieldShell } from '../../ui/fields';

interface Props {
  strengths: readonly string[];
  /** Applies a change to the strengths as stored when the write happens. */
  edit: (apply: (current: string[]) => string[]) => Promise<RunResult>;
}

const withoutFirst = (list: readonly string[], value: string) => {
  const i = list.indexOf(value);
  return i < 0 ? [...list] : [...list.slice(0, i), ...list.slice(i + 1)];
};

/** Strengths and protective factors: so a map is never only a list of risks. */
export function StrengthsSection({ strengths, edit }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return setError('Describe the strength first');
    const result = await edit((current) => [...current, value]);
    if (!result.ok) return setError(result.message);
    setError(null);
    setText('');
  };
  return (
    <fieldset>
      <legend>Strengths and protective factors</legend>
      {strengths.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="list-rows">
          {strengths.map((s, i) => (
            <li key={`${i}-${s}`}>
              <span>{s}</span>
              <button
                type="button"
                aria-label={`Remove strength: ${s}`}
                onClick={() => void edit((current) => withoutFirst(current, s))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate>
        <FieldShell label="New strength" error={error}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              value={text}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </FieldShell>
        <button type="submit">Add strength</button>
      </form>
    </fieldset>
  );
}
