import { create } from 'zustand';
import type { Geometry } from '../domain/records/geometry';

export type MapTool = 'select' | 'point' | 'polygon' | 'rectangle' | 'circle';

/** A place drawn but not yet named: the inline name and kind box is open over it. */
export interface PlaceDraft {
  geometry: Geometry | null;
}

/** People dropped from the network onto a place: the kind of link is being picked. */
export interface PlaceLinkDraft {
  personIds: readonly string[];
  placeId: string;
  /** Where they were dropped, in page pixels, for the picker. */
  at: { x: number; y: number };
}

interface MapState {
  tool: MapTool;
  placeDraft: PlaceDraft | null;
  linkDraft: PlaceLinkDraft | null;
  setLinkDraft: (draft: PlaceLinkDraft | null) => void;
  setTool: (tool: MapTool) => void;
  setPlaceDraft: (draft: PlaceDraft | null) => void;
}

/** Map view state: the drawing tool and a place waiting for its name. Gestures stay in Leaflet. */
export const useMapUi = create<MapState>()((set) => ({
  tool: 'select',
  placeDraft: null,
  linkDraft: null,
  setLinkDraft: (linkDraft) => set({ linkDraft }),
  setTool: (tool) => set({ tool, placeDraft: null }),
  setPlaceDraft: (placeDraft) => set({ placeDraft }),
}));
