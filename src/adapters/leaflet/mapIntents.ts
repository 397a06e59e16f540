import type { Geometry } from '../../domain/records/geometry';
import type { Position } from '../../domain/geo';
import type { PlaceKind, RiskLevel } from '../../domain/vocabulary';
import type { MapSnapshot, SnapshotDotRequest } from './snapshot';

/** A place as the map draws it: plain data built by the map feature from records. */
export interface PlaceFeature {
  id: string;
  /** The name as the names policy allows it to be shown (places are not people; shown as typed). */
  label: string;
  kind: PlaceKind;
  risk: RiskLevel;
  geometry: Geometry;
  selected: boolean;
  /** Linked to what is selected in the network. */
  linked: boolean;
  /** Faded: something else is selected and this place is not linked to it. */
  dimmed: boolean;
  /** Open actions aimed at the place, and how many of those are overdue: a badge on the marker. */
  openActions?: number;
  overdueActions?: number;
  /** Changed since the last meeting, while "What changed" is open: a dashed amber ring. */
  changed?: boolean;
}

export type DrawShape = 'point' | 'polygon' | 'rectangle' | 'circle';

/** What the user did on the map, for the map feature to turn into commands or selection. */
export type MapIntent =
  | { type: 'place/drawn'; geometry: Geometry }
  | { type: 'place/tapped'; placeId: string; additive: boolean }
  | { type: 'place/reshaped'; placeId: string; geometry: Geometry }
  | { type: 'background/tapped'; at: Position }
  | { type: 'draw/ended' }
  /** The outline being drawn or reshaped would cross itself: the library refused the corner. */
  | { type: 'outline/crossed' };

/** What the map feature may ask of the map. */
export interface MapHandle {
  fitTo(points: readonly Position[]): void;
  zoomBy(factor: number): void;
  centre(): Position;
  /** Where a map position is drawn, in pixels from the map's top-left corner. */
  toScreen(at: Position): { x: number; y: number };
  /** The map position under a point in pixels from the map's top-left corner. */
  fromScreen(p: { x: number; y: number }): Position;
  /** Metres (or image pixels) per screen pixel at the centre, for nudging and circles. */
  unitsPerPixel(): number;
  container(): HTMLElement;
  /** The view as drawn now, with these places (and dots) in screen pixels: for the map export. */
  snapshot(places: readonly PlaceFeature[], dots?: readonly SnapshotDotRequest[]): MapSnapshot;
}
