import type { MapView } from '../../adapters/leaflet/MapCanvas';

/**
 * Where each board's map last looked, per coordinate space, for this tab: the map is made afresh
 * each time it is shown (Network → Network and map), and should open where the chair left it,
 * not fitted to every place again.
 */
const views = new Map<string, MapView>();

const keyOf = (boardId: string, space: string) => `${boardId}:${space}`;

export const lastMapView = (boardId: string, space: string): MapView | null =>
  views.get(keyOf(boardId, space)) ?? null;

export function keepMapView(boardId: string, space: string, view: MapView): void {
  views.set(keyOf(boardId, space), view);
}
