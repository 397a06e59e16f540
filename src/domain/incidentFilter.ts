import { daysBetween, formatDate, addDays } from './dates';
import type { Incident } from './kinds/incident';
import type { HarmKind } from './vocabulary';

/**
 * What the map shows of a board's incidents: a span of days and the kinds of harm. View state only,
 * never saved. `from` and `to` are `YYYY-MM-DD`, both included; null leaves that end open, so an
 * incident recorded after the filter was set still shows when the slider is at the end.
 */
export interface IncidentFilter {
  from: string | null;
  to: string | null;
  /** Kinds of harm unticked: an incident is hidden when every one of its kinds is unticked. */
  hiddenKinds: readonly HarmKind[];
}

export const ALL_INCIDENTS: IncidentFilter = { from: null, to: null, hiddenKinds: [] };

type Filterable = Pick<Incident, 'occurredAt' | 'harmKinds'>;

export function isFiltering(filter: IncidentFilter): boolean {
  return filter.from !== null || filter.to !== null || filter.hiddenKinds.length > 0;
}

export function incidentShown(incident: Filterable, filter: IncidentFilter): boolean {
  const day = incident.occurredAt.slice(0, 10);
  if (filter.from !== null && day < filter.from) return false;
  if (filter.to !== null && day > filter.to) return false;
  if (filter.hiddenKinds.length === 0) return true;
  return incident.harmKinds.some((k) => !filter.hiddenKinds.includes(k));
}

/**
 * The incidents the filter leaves, and how many it hides. With no filter set the same array comes
 * back, so the map does not redraw 10,000 markers because something else changed.
 */
export function filterIncidents<T extends Filterable>(
  incidents: readonly T[],
  filter: IncidentFilter,
): { shown: readonly T[]; hidden: number } {
  if (!isFiltering(filter)) return { shown: incidents, hidden: 0 };
  const shown = incidents.filter((i) => incidentShown(i, filter));
  return { shown, hidden: incidents.length - shown.length };
}

/** First and last day with an incident, or null when there are none. */
export function incidentSpan(
  incidents: readonly Pick<Incident, 'occurredAt'>[],
): { first: string; last: string; days: number } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const i of incidents) {
    const day = i.occurredAt.slice(0, 10);
    if (first === null || day < first) first = day;
    if (last === null || day > last) last = day;
  }
  if (first === null || last === null) return null;
  return { first, last, days: daysBetween(first, last) };
}

/** The days the filter lets through, within the span of the incidents. */
export function rangeOf(
  filter: IncidentFilter,
  span: { first: string; last: string },
): { from: string; to: string } {
  const from = filter.from !== null && filter.from > span.first ? filter.from : span.first;
  const to = filter.to !== null && filter.to < span.last ? filter.to : span.last;
  return { from, to };
}

/** The range in words, e.g. "1 Mar 2026 – 14 Jun 2026" (one date when it is a single day). */
export function rangeInWords(range: { from: string; to: string }): string {
  return range.from === range.to
    ? formatDate(range.from)
    : `${formatDate(range.from)} – ${formatDate(range.to)}`;
}

/** Day `n` of a span as a date, and back: the time slider works in whole days. */
export const dayOfSpan = (span: { first: string }, n: number): string => addDays(span.first, n);
export const indexInSpan = (span: { first: string }, day: string): number =>
  daysBetween(span.first, day);
