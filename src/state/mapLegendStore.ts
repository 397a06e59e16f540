import { create } from 'zustand';

interface MapLegendState {
  open: boolean;
  toggle: () => void;
}

/**
 * Whether the map's legend is shown. Kept apart from the map view, which is built afresh each time
 * the map is shown again, so the chair's choice holds while switching views.
 */
export const useMapLegend = create<MapLegendState>()((set) => ({
  open: false,
  toggle: () => set((s) => ({ open: !s.open })),
}));
