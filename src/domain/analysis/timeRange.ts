import { addDays, daysBetween } from '../dates';
import type { Association } from '../kinds/association';
import type { Incident } from '../kinds/incident';
import { weekdayOf } from './timeBar';

/**
 * The time bar's arithmetic: its thumbs work in whole days from the first day of the board's span,
 * its counts come from dates sorted once per board (a binary search per change, so dragging a thumb
 * over 10,000 incidents costs microseconds), and Play moves a window along the span.
 */

export interface Span {
  first: string;
  last: string;
}

/** A range of days by index in the span, both ends included. */
export interface DayRange {
  from: number;
  to: number;
}

/** How many days after the first the span's last day is (0 for a span of one day). */
export const spanLength = (span: Span): number => daysBetween(span.first, span.last);
export const dayAt = (span: Span, n: number): string => addDays(span.first, n);

/**
 * The range the filters hold, as indices in the span: an open end (null) is the span's end, and a
 * date outside the span is brought inside it.
 */
export function rangeInSpan(span: Span, from: string | null, to: string | null): DayRange {
  const last = spanLength(span);
  const at = (day: string | null, open: number) =>
    day === null ? open : Math.min(last, Math.max(0, daysBetween(span.first, day)));
  const f = at(from, 0);
  return { from: f, to: Math.max(f, at(to, last)) };
}

/**
 * The filters' dates for a range. An end at the span's end is left open (null), so a record added
 * after the range was set still shows while the thumb rests there, as the incident slider does.
 */
export function datesOfRange(
  span: Span,
  range: DayRange,
): { from: string | null; to: string | null } {
  return {
    from: range.from <= 0 ? null : dayAt(span, range.from),
    to: range.to >= spanLength(span) ? null : dayAt(span, range.to),
  };
}

/** Days Play moves the window each step: a day for two months or less, a week up to a year and a bit, else 30 days. */
export function playStepDays(spanDays: number): number {
  if (spanDays <= 62) return 1;
  if (spanDays <= 400) return 7;
  return 30;
}

/**
 * Where Play starts: the range as it is, unless it already covers the whole span (nothing to
 * move: a window of four steps from the start is used) or rests at the end (back to the start).
 */
export function playStart(spanDays: number, range: DayRange): DayRange {
  const step = playStepDays(spanDays);
  if (range.from <= 0 && range.to >= spanDays)
    return { from: 0, to: Math.min(spanDays, 4 * step - 1) };
  if (range.to >= spanDays) return { from: 0, to: range.to - range.from };
  return range;
}

/** The window one step on, its width kept (clamped at the span's end), or null once it is there. */
export function playNext(spanDays: number, range: DayRange): DayRange | null {
  if (range.to >= spanDays) return null;
  const move = Math.min(playStepDays(spanDays), spanDays - range.to);
  return { from: range.from + move, to: range.to + move };
}

/** The first index whose value is greater than `value` (or, with `orEqual`, at least `value`). */
function bound(sorted: readonly string[], value: string, orEqual: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = sorted[mid]!;
    if (orEqual ? v < value : v <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Associations' dated spans, sorted once: the start and end days separately. An association with
 * only one date is dated on that day (as the network filter reads it); one with neither is undated.
 */
export interface AssociationDays {
  starts: string[];
  ends: string[];
  undated: number;
}

export function associationDays(
  associations: readonly Pick<Association, 'firstReported' | 'lastReported'>[],
): AssociationDays {
  const starts: string[] = [];
  const ends: string[] = [];
  let undated = 0;
  for (const a of associations) {
    const start = a.firstReported ?? a.lastReported;
    const end = a.lastReported ?? a.firstReported;
    if (start === null || end === null) undated++;
    else {
      starts.push(start);
      ends.push(end);
    }
  }
  starts.sort();
  ends.sort();
  return { starts, ends, undated };
}

/**
 * How many dated associations overlap from..to (the network filter's rule: first ≤ to and
 * last ≥ from). Those starting after `to` and those ending before `from` are never the same ones.
 */
export function datedAssociationsIn(days: AssociationDays, from: string, to: string): number {
  const after = days.starts.length - bound(days.starts, to, false);
  const before = bound(days.ends, from, true);
  return days.starts.length - after - before;
}

/** Incidents sorted by when they happened, each with its day and its cell of the week's grid. */
export interface IncidentTimes<T> {
  sorted: readonly T[];
  days: readonly string[];
  /** Weekday (Monday 0) × 24 + hour, or -1 when the time cannot be read. */
  cells: Int16Array;
}

export function incidentsByTime<T extends Pick<Incident, 'occurredAt'>>(
  incidents: readonly T[],
): IncidentTimes<T> {
  const sorted = [...incidents].sort((a, b) =>
    a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0,
  );
  const days = sorted.map((i) => i.occurredAt.slice(0, 10));
  const cells = new Int16Array(sorted.length);
  sorted.forEach((i, n) => {
    const hour = Number(i.occurredAt.slice(11, 13));
    cells[n] =
      Number.isInteger(hour) && hour >= 0 && hour < 24 ? weekdayOf(days[n]!) * 24 + hour : -1;
  });
  return { sorted, days, cells };
}

/** Where the incidents from `from` to `to` (days, both included) lie in the sorted list. */
export function indicesIn(
  times: Pick<IncidentTimes<unknown>, 'days'>,
  from: string,
  to: string,
): { lo: number; hi: number } {
  return { lo: bound(times.days, from, true), hi: bound(times.days, to, false) };
}

/** The incidents from `from` to `to` (days, both included). */
export function incidentsIn<T>(times: IncidentTimes<T>, from: string, to: string): readonly T[] {
  const { lo, hi } = indicesIn(times, from, to);
  return times.sorted.slice(lo, hi);
}

/**
 * The day-by-hour grid (as dayHourGrid) of the incidents from `from` to `to` that `keep` lets
 * through, and how many those are: a pass over the range's slice with each cell known already.
 */
export function gridIn<T>(
  times: IncidentTimes<T>,
  from: string,
  to: string,
  keep?: (incident: T) => boolean,
): { grid: number[][]; count: number } {
  const grid = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const { lo, hi } = indicesIn(times, from, to);
  let count = 0;
  for (let n = lo; n < hi; n++) {
    if (keep && !keep(times.sorted[n]!)) continue;
    count++;
    const cell = times.cells[n]!;
    if (cell >= 0) grid[Math.floor(cell / 24)]![cell % 24]!++;
  }
  return { grid, count };
}

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const dayName = (row: number): string => DAY_NAMES[row] ?? '';
const hh = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** "Friday 22:00–23:00: 5 incidents": one cell of the day-by-hour grid in words. */
export function gridCellInWords(row: number, hour: number, count: number): string {
  const end = hour === 23 ? '24:00' : hh(hour + 1);
  return `${dayName(row)} ${hh(hour)}–${end}: ${count} ${count === 1 ? 'incident' : 'incidents'}`;
}

/** 0 for no incidents, else 1–4 by the share of the busiest cell: the grid's shades. */
export function gridLevel(count: number, busiest: number): number {
  if (count <= 0 || busiest <= 0) return 0;
  return Math.min(4, Math.ceil((4 * count) / busiest));
}
