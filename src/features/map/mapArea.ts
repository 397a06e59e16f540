import { create } from 'zustand';
import type { MapArea } from '../../adapters/leaflet/MapCanvas';
import type { CoordinateSpace } from '../../domain/records/geometry';

/** The area a board's map shows, in the board's coordinate space (an image's own, or the world's). */
export interface BoardMapArea extends MapArea {
  boardId: string;
  space: CoordinateSpace;
}

interface MapAreaState {
  /** What this window's map shows now (the chair's window tells the presenter screen). */
  shown: BoardMapArea | null;
  /** What this window's map must show instead (the presenter screen: the chair's area). */
  followed: BoardMapArea | null;
}

/**
 * The map's area, between the map (loaded on demand) and the presenter screen, which neither
 * draws nor owns the map. Kept after the map is hidden: shown again, it reports its area anew.
 * Marked pure so the board's first load, which imports the map's index for MapPane, leaves it out.
 */
export const useMapArea = /* @__PURE__ */ create<MapAreaState>(() => ({
  shown: null,
  followed: null,
}));

const same = (a: BoardMapArea | null, b: BoardMapArea | null) =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.boardId === b.boardId &&
    a.space === b.space &&
    a.x1 === b.x1 &&
    a.y1 === b.y1 &&
    a.x2 === b.x2 &&
    a.y2 === b.y2);

/** The chair's map moved (each frame of a drag): only a real change is news. */
export function reportMapArea(area: BoardMapArea): void {
  if (!same(useMapArea.getState().shown, area)) useMapArea.setState({ shown: area });
}

/**
 * The presenter screen follows the chair's area. Every message from the chair carries it, most
 * unchanged: the map is fitted again only when it has moved.
 */
export function followMapArea(area: BoardMapArea | null): void {
  if (!same(useMapArea.getState().followed, area)) useMapArea.setState({ followed: area });
}
