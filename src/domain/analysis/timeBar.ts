import type { Association } from '../kinds/association';
import type { Incident } from '../kinds/incident';

// Which associations a range shows is the network filter's (dateFrom / dateTo in
// domain/networkFilter.ts): the time bar sets that range, so both agree by construction.
type Dated = Pick<Association, 'firstReported' | 'lastReported'>;

/** The first and last day any association or incident on the board is dated, or null. */
export function boardTimeSpan(
  associations: readonly Dated[],
  incidents: readonly Pick<Incident, 'occurredAt'>[],
): { first: string; last: string } | null {
  const days: string[] = [];
  for (const a of associations) {
    if (a.firstReported) days.push(a.firstReported);
    if (a.lastReported) days.push(a.lastReported);
  }
  for (const i of incidents) days.push(i.occurredAt.slice(0, 10));
  if (days.length === 0) return null;
  let first = days[0]!;
  let last = days[0]!;
  for (const d of days) {
    if (d < first) first = d;
    if (d > last) last = d;
  }
  return { first, last };
}

/** Monday is 0: the week as people in the UK read it. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/**
 * When incidents happen: counts by day of the week (rows, Monday first) and hour (columns), from
 * each incident's local time as recorded. Shown as a small heat grid under the time bar.
 */
export function dayHourGrid(incidents: readonly Pick<Incident, 'occurredAt'>[]): number[][] {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  for (const i of incidents) {
    const hour = Number(i.occurredAt.slice(11, 13));
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) continue;
    grid[weekdayOf(i.occurredAt.slice(0, 10))]![hour]!++;
  }
  return grid;
}
