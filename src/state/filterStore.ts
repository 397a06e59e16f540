import { create } from 'zustand';
import { emptyFilter, type EgoFocus, type NetworkFilter } from '../domain/networkFilter';
import { useUi, type Route } from './uiStore';

interface FilterState {
  /** What the open board's diagram shows: view state only, never saved. */
  filter: NetworkFilter;
  /** The filters panel is open under its toolbar button. */
  panelOpen: boolean;
  setFilter: (patch: Partial<Omit<NetworkFilter, 'focus'>>) => void;
  setFocus: (focus: EgoFocus | null) => void;
  /** Clears every filter but keeps the focus. */
  clearFilters: () => void;
  /** Clears the filters and ends the focus: the whole board is shown again. */
  clearAll: () => void;
  setPanelOpen: (open: boolean) => void;
}

export const useFilters = create<FilterState>()((set) => ({
  filter: emptyFilter,
  panelOpen: false,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  setFocus: (focus) => set((s) => ({ filter: { ...s.filter, focus } })),
  clearFilters: () => set((s) => ({ filter: { ...emptyFilter, focus: s.filter.focus } })),
  clearAll: () => set((s) => (s.filter === emptyFilter ? s : { filter: emptyFilter })),
  setPanelOpen: (open) => set({ panelOpen: open }),
}));

const boardOf = (r: Route) => (r.name === 'board' ? r.boardId : null);

// A filter belongs to the board it was set on: another board opens showing everything, so nobody
// is left wondering where half of its people went.
useUi.subscribe((s, prev) => {
  if (boardOf(s.route) !== boardOf(prev.route))
    useFilters.setState({ filter: emptyFilter, panelOpen: false });
});
