import { create } from 'zustand';
import { useStatus } from './statusStore';

export type Route = { name: 'boards' } | { name: 'board'; boardId: string };

/** Ids of what is selected on the open board. Records themselves live only in the database. */
export interface Selection {
  people: readonly string[];
  associations: readonly string[];
}

/** A gesture waiting for the user: typing a new name, renaming, or picking an association kind. */
export type Draft =
  | { kind: 'new-person'; x: number; y: number }
  | { kind: 'rename'; personId: string }
  | { kind: 'pick-kind'; fromId: string; toId: string };

export type Tool = 'move' | 'link';

interface UiState {
  route: Route;
  selection: Selection;
  tool: Tool;
  draft: Draft | null;
  /** The legend is drawn over the diagram. */
  legendOpen: boolean;
  /** The keyboard shortcut sheet is open. */
  shortcutsOpen: boolean;
  navigate: (route: Route) => void;
  select: (selection: Partial<Selection>) => void;
  clearSelection: () => void;
  setTool: (tool: Tool) => void;
  setDraft: (draft: Draft | null) => void;
  toggleLegend: () => void;
  setShortcutsOpen: (open: boolean) => void;
}

const EMPTY: Selection = { people: [], associations: [] };

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export const useUi = create<UiState>()((set) => ({
  route: { name: 'boards' },
  selection: EMPTY,
  tool: 'move',
  draft: null,
  legendOpen: false,
  shortcutsOpen: false,
  navigate: (route) => {
    // An "Undo" offered on the previous screen would act on a history that is no longer in view.
    useStatus.getState().dropUndoOffers();
    set({ route, selection: EMPTY, draft: null, tool: 'move' });
  },
  select: (next) =>
    set((s) => {
      const people = next.people ?? s.selection.people;
      const associations = next.associations ?? s.selection.associations;
      // Keep the same object when nothing changed, so the canvas and panels do not re-sync.
      if (sameIds(people, s.selection.people) && sameIds(associations, s.selection.associations))
        return s;
      return { selection: { people, associations } };
    }),
  clearSelection: () => set((s) => (s.selection === EMPTY ? s : { selection: EMPTY })),
  setTool: (tool) => set({ tool }),
  setDraft: (draft) => set({ draft }),
  toggleLegend: () => set((s) => ({ legendOpen: !s.legendOpen })),
  setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
}));
