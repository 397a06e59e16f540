import { create } from 'zustand';

/** Which views of the board are on screen: the network, the map, or both side by side. */
export type BoardViews = 'network' | 'both' | 'map';

interface ViewState {
  views: BoardViews;
  /** Share of the split given to the map, 0.2-0.8. */
  mapShare: number;
  /** Places drawn in the network as their own kind of node, linked to their people. */
  showPlaces: boolean;
  setShowPlaces: (on: boolean) => void;
  setViews: (views: BoardViews) => void;
  setMapShare: (share: number) => void;
}

export const MIN_SHARE = 0.2;
export const MAX_SHARE = 0.8;

export const useViews = create<ViewState>()((set) => ({
  views: 'network',
  mapShare: 0.5,
  showPlaces: false,
  setShowPlaces: (showPlaces) => set({ showPlaces }),
  setViews: (views) => set({ views }),
  setMapShare: (share) => set({ mapShare: Math.min(MAX_SHARE, Math.max(MIN_SHARE, share)) }),
}));
