import { create } from 'zustand';
import { useUi, type Route } from './uiStore';

/** A request for the map to show some places, numbered so the same places can be asked for twice. */
export interface MapFitRequest {
  placeIds: readonly string[];
  seq: number;
}

interface MeetingUiState {
  /** Index of the agenda item being discussed in the meeting in progress. */
  step: number;
  /** The start-meeting form is open. */
  startOpen: boolean;
  /** The agenda editor is shown in the meeting bar. */
  agendaOpen: boolean;
  /** "What changed since the last meeting" is shown. */
  changesOpen: boolean;
  /** Ids of people, associations, groups and places marked as changed on the diagram and map. */
  changed: ReadonlySet<string>;
  mapFit: MapFitRequest | null;
  setStep: (step: number) => void;
  setStartOpen: (open: boolean) => void;
  setAgendaOpen: (open: boolean) => void;
  setChangesOpen: (open: boolean) => void;
  setChanged: (ids: ReadonlySet<string>) => void;
  fitMapTo: (placeIds: readonly string[]) => void;
}

const NONE: ReadonlySet<string> = new Set();

/** Meeting view state only: the meeting itself (agenda, decisions, views per step) is a record. */
export const useMeetingUi = create<MeetingUiState>()((set) => ({
  step: 0,
  startOpen: false,
  agendaOpen: false,
  changesOpen: false,
  changed: NONE,
  mapFit: null,
  setStep: (step) => set({ step: Math.max(0, step) }),
  setStartOpen: (startOpen) => set({ startOpen }),
  setAgendaOpen: (agendaOpen) => set({ agendaOpen }),
  setChangesOpen: (changesOpen) =>
    set(changesOpen ? { changesOpen } : { changesOpen, changed: NONE }),
  setChanged: (changed) => set({ changed }),
  fitMapTo: (placeIds) => set((s) => ({ mapFit: { placeIds, seq: (s.mapFit?.seq ?? 0) + 1 } })),
}));

const boardOf = (r: Route) => (r.name === 'board' ? r.boardId : null);

// Another board starts at its own first step, with nothing marked as changed.
useUi.subscribe((s, prev) => {
  if (boardOf(s.route) !== boardOf(prev.route))
    useMeetingUi.setState({
      step: 0,
      startOpen: false,
      agendaOpen: false,
      changesOpen: false,
      changed: NONE,
      mapFit: null,
    });
});
