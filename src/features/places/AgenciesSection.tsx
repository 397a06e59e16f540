import { useId, useState, type FormEvent } from 'react';
import type { RunResult } from '../../commands/bus';
import { shortText } from '../../domain/text';
import { suggestedAgencies } from '../../domain/vocabulary';
import { FieldShell } from '../../ui/fields';

interface Props {
  agencies: readonly string[];
  /** Applies a change to the agencies as stored when the write happens; `label` is the undo text. */
  edit: (apply: (current: string[]) => string[], label: string) => Promise<RunResult>;
}

const agencyText = shortText();
const same = (a: string, b: string) => a.localeCompare(b, 'en-GB', { sensitivity: 'base' }) === 0;

/**
 * The partner agencies responsible for a place. The vocabulary's agencies are suggested as you
 * type; any other agency (a housing association, a transport operator) can be typed in full.
 */
export function AgenciesSection({ agencies, edit }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const offered = suggestedAgencies.filter((s) => !agencies.some((a) => same(a, s)));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const agency = text.trim();
    if (!agency) return setError('Type or choose an agency first');
    const checked = agencyText.safeParse(agency);
    if (!checked.success) return setError(checked.error.issues[0]?.message ?? 'Not valid');
    if (agencies.some((a) => same(a, agency))) return setError(`${agency} is already listed`);
    const result = await edit(
      (current) => (current.some((a) => same(a, agency)) ? current : [...current, agency]),
      `Add agency ${agency}`,
    );
    if (!result.ok) return setError(result.message);
    setError(null);
    setText('');
  };

  return (
    <fieldset>
      <legend>Responsible partner agencies</legend>
      {agencies.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="list-rows" aria-label="Responsible partner agencies">
          {agencies.map((a) => (
            <li key={a}>
              <span>{a}</span>
              <button
                type="button"
                aria-label={`Remove agency ${a}`}
                onClick={() =>
                  void edit((current) => current.filter((x) => x !== a), `Remove agency ${a}`)
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate>
        <FieldShell label="Agency" error={error} hint="Choose a suggestion or type any agency.">
          {({ inputId, describedBy, invalid }) => (
            <>
              <input
                id={inputId}
                value={text}
                list={listId}
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => setText(e.target.value)}
              />
              <datalist id={listId}>
                {offered.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </>
          )}
        </FieldShell>
        <button type="submit">Add agency</button>
      </form>
    </fieldset>
  );
}
