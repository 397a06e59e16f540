import { useId, useState, type FormEvent } from 'react';
import type { RunResult } from '../../commands/bus';
import { timeBandSchema, type TimeBand } from '../../domain/kinds/place';
import { describeTimeBand, isOvernight, shortDay } from '../../domain/timeBands';
import { weekdays, type Weekday } from '../../domain/vocabulary';

interface Props {
  bands: readonly TimeBand[];
  /** Applies a change to the bands as stored when the write happens; `label` is the undo text. */
  edit: (apply: (current: TimeBand[]) => TimeBand[], label: string) => Promise<RunResult>;
}

const presets: { label: string; days: readonly Weekday[] }[] = [
  { label: 'Weekdays', days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  { label: 'Weekends', days: ['sat', 'sun'] },
  { label: 'Every day', days: weekdays.map((w) => w.key) },
];

/** The first plain-words problem with a band being added, or null when it can be stored. */
export function newBandProblem(band: TimeBand): string | null {
  if (band.days.length === 0) return 'Pick at least one day';
  if (!band.from) return 'Enter the time it starts, like 15:00';
  if (!band.to) return 'Enter the time it ends, like 18:00';
  const result = timeBandSchema.safeParse(band);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This time band is not valid');
}

const sameBand = (a: TimeBand, b: TimeBand) =>
  a.from === b.from && a.to === b.to && a.days.join() === b.days.join();

/**
 * When the place is a concern: days and hours, listed in words ("Weekdays 15:00–18:00"). A new band
 * is a row of day toggles and two times; a "to" before the "from" is an overnight band and says so.
 */
export function TimeBandsSection({ bands, edit }: Props) {
  const [days, setDays] = useState<Weekday[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const hintId = useId();
  const ids = { from: useId(), to: useId() };
  const ordered = (list: readonly Weekday[]) =>
    weekdays.map((w) => w.key).filter((d) => list.includes(d));
  const band: TimeBand = { days: ordered(days), from, to };
  const overnight = from !== '' && to !== '' && isOvernight(band);

  const toggle = (day: Weekday) =>
    setDays((current) =>
      current.includes(day) ? current.filter((d) => d !== day) : [...current, day],
    );

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const problem = newBandProblem(band);
    if (problem) return setError(problem);
    if (bands.some((b) => sameBand(b, band))) return setError('This time band is already listed');
    const words = describeTimeBand(band);
    const result = await edit((current) => [...current, band], `Add time band ${words}`);
    if (!result.ok) return setError(result.message);
    setError(null);
    setDays([]);
    setFrom('');
    setTo('');
  };

  const remove = (gone: TimeBand) =>
    void edit(
      (current) => {
        const i = current.findIndex((b) => sameBand(b, gone));
        return i < 0 ? current : [...current.slice(0, i), ...current.slice(i + 1)];
      },
      `Remove time band ${describeTimeBand(gone)}`,
    );

  const described = [overnight ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className="time-bands">
      <legend>When it is a concern</legend>
      {bands.length === 0 ? (
        <p className="muted">No times recorded.</p>
      ) : (
        <ul className="list-rows" aria-label="Time bands">
          {bands.map((b, i) => {
            const words = describeTimeBand(b);
            return (
              <li key={`${i}-${words}`}>
                <span>{words}</span>
                <button
                  type="button"
                  aria-label={`Remove time band ${words}`}
                  onClick={() => remove(b)}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} noValidate aria-label="New time band">
        <div className="day-toggles" role="group" aria-label="Days">
          {weekdays.map((w) => (
            <label key={w.key} className="day-toggle" title={w.label}>
              <input
                type="checkbox"
                aria-label={w.label}
                checked={days.includes(w.key)}
                onChange={() => toggle(w.key)}
              />
              <span aria-hidden="true">{shortDay(w.key)}</span>
            </label>
          ))}
        </div>
        <div className="day-presets">
          {presets.map((p) => (
            <button key={p.label} type="button" onClick={() => setDays([...p.days])}>
              {p.label}
            </button>
          ))}
        </div>
        <div className="band-times">
          <div className="field">
            <label htmlFor={ids.from}>From</label>
            <input
              id={ids.from}
              type="time"
              value={from}
              aria-invalid={Boolean(error)}
              aria-describedby={described || undefined}
              onChange={(e) => setFrom(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.to}>To</label>
            <input
              id={ids.to}
              type="time"
              value={to}
              aria-invalid={Boolean(error)}
              aria-describedby={described || undefined}
              onChange={(e) => setTo(e.target.value)}
            />
          </div>
        </div>
        {overnight && (
          <p id={hintId} className="field-hint">
            Runs overnight: from {from} until {to} the next day.
          </p>
        )}
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">Add time band</button>
      </form>
    </fieldset>
  );
}
