import type { Position } from '../../domain/geo';

/** One incident as the map draws it: plain data built by the incidents feature from records. */
export interface IncidentMarker {
  id: string;
  /** Where it is drawn: the middle of its place, or its own point (GeoJSON order). */
  at: Position;
  /** What it is, in words (date, time, kinds of harm; never names): the marker's accessible name. */
  label: string;
}

/** Clustered markers with counts, or a heat layer showing where incidents gather. */
export type IncidentDisplay = 'clusters' | 'heat';

/** What the user did with incidents on the map, for the incidents feature to act on. */
export type IncidentIntent =
  /** An incident marker was clicked (or Enter pressed on it). */
  | { type: 'incident/tapped'; incidentId: string; additive: boolean }
  /** While placing a new incident, Enter on the map: the middle of the map is the spot. */
  | { type: 'incident/pointChosen'; at: [number, number] };

export type IncidentTapped = Extract<IncidentIntent, { type: 'incident/tapped' }>;
