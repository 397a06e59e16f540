import { create } from 'zustand';
import { ALL_INCIDENTS, type IncidentFilter } from '../domain/incidentFilter';
import { useUi, type Route } from './uiStore';

/** Clustered markers with counts, or a heat layer. */
export type IncidentDisplay = 'clusters' | 'heat';

interface IncidentFilterState {
  /** Which incidents the map shows: view state only, never saved. */
  filter: IncidentFilter;
  display: IncidentDisplay;
  /** The incident filters panel is open under its toolbar button. */
  panelOpen: boolean;
  setFilter: (patch: Partial<IncidentFilter>) => void;
  clear: () => void;
  setDisplay: (display: IncidentDisplay) => void;
  setPanelOpen: (open: boolean) => void;
}

export const useIncidentFilter = create<IncidentFilterState>()((set) => ({
  filter: ALL_INCIDENTS,
  display: 'clusters',
  panelOpen: false,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch } })),
  clear: () => set((s) => (s.filter === ALL_INCIDENTS ? s : { filter: ALL_INCIDENTS })),
  setDisplay: (display) => set({ display }),
  setPanelOpen: (open) => set({ panelOpen: open }),
}));

const boardOf = (r: Route) => (r.name === 'board' ? r.boardId : null);

// Like the network's filters, incident filters belong to the board they were set on.
useUi.subscribe((s, prev) => {
  if (boardOf(s.route) !== boardOf(prev.route))
    useIncidentFilter.setState({ filter: ALL_INCIDENTS, panelOpen: false });
});
