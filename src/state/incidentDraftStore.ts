import { create } from 'zustand';
import { useUi, type Route } from './uiStore';

/** Where a new incident happened: at a place on the board, or at a point on the map. */
export type IncidentSpot = { placeId: string } | { point: [number, number] };

interface IncidentDraftState {
  /** "Add incident" is on: the next click on the map says where it happened. */
  placing: boolean;
  /** An incident being recorded: its form is open in the side panel. */
  draft: IncidentSpot | null;
  setPlacing: (placing: boolean) => void;
  setDraft: (draft: IncidentSpot | null) => void;
}

/** Recording an incident: choosing its spot, then its details. Nothing is stored until saved. */
export const useIncidentDraft = create<IncidentDraftState>()((set) => ({
  placing: false,
  draft: null,
  setPlacing: (placing) => set({ placing }),
  setDraft: (draft) => set({ draft, placing: false }),
}));

const boardOf = (r: Route) => (r.name === 'board' ? r.boardId : null);

useUi.subscribe((s, prev) => {
  if (boardOf(s.route) !== boardOf(prev.route))
    useIncidentDraft.setState({ placing: false, draft: null });
});
