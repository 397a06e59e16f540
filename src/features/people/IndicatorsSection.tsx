import { useState, type FormEvent } from 'react';
import type { RunResult } from '../../commands/bus';
import { formatDate, isRealDate, todayString } from '../../domain/dates';
import { newId } from '../../domain/ids';
import type { IndicatorKind } from '../../domain/kinds/board';
import type { Indicator, Person } from '../../domain/kinds/person';
import { FieldShell } from '../../ui/fields';

interface Props {
  person: Person;
  kinds: readonly IndicatorKind[];
  /** Applies a change to the indicators as stored when the write happens. */
  edit: (apply: (current: Indicator[]) => Indicator[]) => Promise<RunResult>;
}

/** Dated indicators (missing episodes, injuries…), oldest first, so a pattern over time shows. */
export function IndicatorsSection({ person, kinds, edit }: Props) {
  const [picked, setPicked] = useState(kinds[0]?.key ?? '');
  // The board's list can change while the panel is open (Indicator list): never keep a kind it
  // no longer has.
  const kind = kinds.some((k) => k.key === picked) ? picked : (kinds[0]?.key ?? '');
  const [date, setDate] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const labelOf = (k: string) => kinds.find((x) => x.key === k)?.label ?? k;
  const sorted = [...person.indicators].sort((a, b) => a.date.localeCompare(b.date));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!kind) return setError('Add a kind to the board’s indicator list first');
    if (!isRealDate(date)) return setError('Enter the date it was recorded');
    if (date > todayString()) return setError('An indicator cannot be dated in the future');
    const indicator = { id: newId(), kind, date, note: note.trim() };
    const result = await edit((current) => [...current, indicator]);
    if (!result.ok) return setError(result.message);
    setError(null);
    setDate('');
    setNote('');
  };

  return (
    <fieldset>
      <legend>Indicators</legend>
      {sorted.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="list-rows">
          {sorted.map((i) => (
            <li key={i.id}>
              <span>
                {labelOf(i.kind)}, {formatDate(i.date)}
                {i.note && ` (${i.note})`}
              </span>
              <button
                type="button"
                aria-label={`Remove ${labelOf(i.kind)} of ${formatDate(i.date)}`}
                onClick={() => void edit((current) => current.filter((x) => x.id !== i.id))}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate className="grid2">
        <FieldShell label="Indicator">
          {({ inputId }) => (
            <select id={inputId} value={kind} onChange={(e) => setPicked(e.target.value)}>
              {kinds.map((k) => (
                <option key={k.key} value={k.key}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </FieldShell>
        <FieldShell label="Date recorded" error={error}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              type="date"
              value={date}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setDate(e.target.value)}
            />
          )}
        </FieldShell>
        <div style={{ gridColumn: '1 / -1' }}>
          <FieldShell label="Indicator note">
            {({ inputId }) => (
              <input id={inputId} value={note} onChange={(e) => setNote(e.target.value)} />
            )}
          </FieldShell>
          <button type="submit">Add indicator</button>
        </div>
      </form>
    </fieldset>
  );
}
