import type { TimeBand } from './kinds/place';
import { weekdays, type Weekday } from './vocabulary';

/** "Mon", "Tue"…: the short day names people write on a meeting's notes. */
export const shortDay = (day: Weekday): string =>
  (weekdays.find((w) => w.key === day)?.label ?? day).slice(0, 3);

const order = weekdays.map((w) => w.key);
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const WEEKEND: readonly Weekday[] = ['sat', 'sun'];

const same = (a: readonly Weekday[], b: readonly Weekday[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * The days of a band in words, Monday first: "Every day", "Weekdays", "Weekends", a run of three or
 * more as "Mon–Thu", otherwise a list such as "Fri, Sat". Mixed sets keep each run short:
 * "Mon–Wed, Sat".
 */
export function describeDays(days: readonly Weekday[]): string {
  const sorted = order.filter((d) => days.includes(d));
  if (sorted.length === 7) return 'Every day';
  if (same(sorted, WEEKDAYS)) return 'Weekdays';
  if (same(sorted, WEEKEND)) return 'Weekends';
  const runs: Weekday[][] = [];
  for (const d of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && order.indexOf(d) === order.indexOf(last) + 1) run.push(d);
    else runs.push([d]);
  }
  return runs
    .flatMap((run) =>
      run.length >= 3
        ? [`${shortDay(run[0]!)}–${shortDay(run[run.length - 1]!)}`]
        : run.map(shortDay),
    )
    .join(', ');
}

/** Whether a band runs past midnight: its "to" is earlier than its "from". */
export const isOvernight = (band: Pick<TimeBand, 'from' | 'to'>): boolean => band.to < band.from;

/**
 * One band in words: "Weekdays 15:00–18:00", "Fri, Sat 20:00–23:00", and for a band that runs past
 * midnight "Fri 22:00–02:00 (overnight)", so nobody reads 02:00 as the same afternoon.
 */
export function describeTimeBand(band: TimeBand): string {
  const hours = `${band.from}–${band.to}`;
  return `${describeDays(band.days)} ${hours}${isOvernight(band) ? ' (overnight)' : ''}`;
}

/** Every band of a place in words, one after another; "" when it has none. */
export function describeTimeBands(bands: readonly TimeBand[]): string {
  return bands.map(describeTimeBand).join('; ');
}
