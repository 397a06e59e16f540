import type { IncidentMarker } from '../../adapters/leaflet/incidentTypes';
import { formatDate } from '../../domain/dates';
import { middleOf, type Position } from '../../domain/geo';
import { coordinateProblem, type CoordinateSpace } from '../../domain/records/geometry';
import type { Incident } from '../../domain/kinds/incident';
import type { Place } from '../../domain/kinds/place';
import { harmKinds, labelOf } from '../../domain/vocabulary';

// Formatting a date is slow enough to matter 10,000 times over, and a board has few distinct days.
const dayWords = new Map<string, string>();

function dayInWords(day: string): string {
  let words = dayWords.get(day);
  if (words === undefined) {
    if (dayWords.size > 5000) dayWords.clear();
    words = formatDate(day);
    dayWords.set(day, words);
  }
  return words;
}

/** "14 Jun 2026, 21:30" from a local `YYYY-MM-DDTHH:MM`. */
export function whenInWords(occurredAt: string): string {
  return `${dayInWords(occurredAt.slice(0, 10))}, ${occurredAt.slice(11, 16)}`;
}

export function harmInWords(kinds: Incident['harmKinds']): string {
  return kinds.map((k) => labelOf(harmKinds, k)).join(', ');
}

/** What a marker says about an incident: when and what, never who (names stay off the map). */
export function incidentLabel(i: Pick<Incident, 'occurredAt' | 'harmKinds'>): string {
  return `Incident, ${whenInWords(i.occurredAt)}: ${harmInWords(i.harmKinds)}`;
}

/**
 * Where an incident is drawn: the middle of its place (so every incident at the park sits on the
 * park), else its own point. An incident at an online space, or at a place drawn on another
 * basemap's coordinates, has no spot on this map.
 */
export function incidentPosition(
  incident: Pick<Incident, 'placeId' | 'point'>,
  middles: ReadonlyMap<string, Position | null>,
  space: CoordinateSpace,
): Position | null {
  if (incident.placeId !== null && middles.has(incident.placeId))
    return middles.get(incident.placeId) ?? null;
  const p = incident.point;
  if (!p) return null;
  return coordinateProblem(p, space) ? null : p;
}

/** The middle of each place, by id; null for places with no shape on this map. */
export function placeMiddles(
  places: readonly Place[],
  space: CoordinateSpace,
): Map<string, Position | null> {
  const out = new Map<string, Position | null>();
  for (const p of places)
    out.set(p.id, p.geometry && p.coordinateSpace === space ? middleOf(p.geometry) : null);
  return out;
}

/**
 * The markers the map draws for some incidents (already filtered). Built once per change of the
 * incidents, places or basemap, never per selection: 10,000 of them must not be rebuilt on a click.
 */
export function incidentMarkers(
  incidents: readonly Incident[],
  places: readonly Place[],
  space: CoordinateSpace,
): IncidentMarker[] {
  const middles = placeMiddles(places, space);
  const out: IncidentMarker[] = [];
  for (const i of incidents) {
    const at = incidentPosition(i, middles, space);
    if (at) out.push({ id: i.id, at, label: incidentLabel(i) });
  }
  return out;
}
