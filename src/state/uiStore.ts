import { create } from 'zustand';
import { useStatus } from './statusStore';

export type Route =
  | { name: 'boards' }
  | { name: 'board'; boardId: string }
  /** The meeting pack's print view; `meetingId` null means the latest meeting. */
  | { name: 'pack'; boardId: string; meetingId: string | null }
  /**
   * The problem profile report (features/profile). `query` is what follows `#/profile?`:
   * `boards=<id>,<id>`, `&named=1` for the named internal version, `&from=board` when opened from
   * a board's menu. The report's own chunk reads it, so the first download only carries it.
   */
  | { name: 'profile'; query: string }
  /** The presenter window for the projector: it follows the chair's window (features/presenter). */
  | { name: 'present'; boardId: string };

/** Ids of what is selected on the open board. Records themselves live only in the database. */
export interface Selection {
  people: readonly string[];
  associations: readonly string[];
  groups: readonly string[];
  /** Notes pinned on the diagram. */
  annotations: readonly string[];
  places: readonly string[];
  incidents: readonly string[];
}

/** A gesture waiting for the user: typing a new name, renaming, or picking an association kind. */
export type Draft =
  | { kind: 'new-person'; x: number; y: number }
  | { kind: 'rename'; personId: string }
  | { kind: 'pick-kind'; fromId: string; toId: string }
  | { kind: 'new-group'; personIds: readonly string[] }
  | { kind: 'rename-group'; groupId: string }
  | {
      kind: 'new-note';
      x: number;
      y: number;
      attachedTo: { kind: 'person' | 'group'; id: string } | null;
    }
  | { kind: 'edit-note'; annotationId: string };

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
  /**
   * Presenter-safe: only initials or pseudonyms anywhere on screen. A device setting (kept across
   * reloads by app/presenterSetting.ts), so a reload on the projector cannot reveal names.
   */
  presenterSafe: boolean;
  navigate: (route: Route) => void;
  select: (selection: Partial<Selection>) => void;
  clearSelection: () => void;
  setTool: (tool: Tool) => void;
  setDraft: (draft: Draft | null) => void;
  toggleLegend: () => void;
  setShortcutsOpen: (open: boolean) => void;
  setPresenterSafe: (on: boolean) => void;
}

const EMPTY: Selection = {
  people: [],
  associations: [],
  groups: [],
  annotations: [],
  places: [],
  incidents: [],
};

/** Nothing selected: spread it under a partial selection to select only those records. */
export const NO_SELECTION = EMPTY;

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export const useUi = create<UiState>()((set) => ({
  route: { name: 'boards' },
  selection: EMPTY,
  tool: 'move',
  draft: null,
  legendOpen: false,
  shortcutsOpen: false,
  presenterSafe: false,
  navigate: (route) => {
    // An "Undo" offered on the previous screen would act on a history that is no longer in view.
    useStatus.getState().dropUndoOffers();
    set({ route, selection: EMPTY, draft: null, tool: 'move' });
  },
  select: (next) =>
    set((s) => {
      const merged: Selection = { ...s.selection, ...next };
      // Keep the same object when nothing changed, so the canvas and panels do not re-sync.
      const keys = [
        'people',
        'associations',
        'groups',
        'annotations',
        'places',
        'incidents',
      ] as const;
      if (keys.every((k) => sameIds(merged[k], s.selection[k]))) return s;
      return { selection: merged };
    }),
  clearSelection: () => set((s) => (s.selection === EMPTY ? s : { selection: EMPTY })),
  setTool: (tool) => set({ tool }),
  setDraft: (draft) => set({ draft }),
  toggleLegend: () => set((s) => ({ legendOpen: !s.legendOpen })),
  setShortcutsOpen: (open) => set({ shortcutsOpen: open }),
  setPresenterSafe: (on) => set({ presenterSafe: on }),
}));
