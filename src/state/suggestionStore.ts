import { create } from 'zustand';

/** A suggested group as the diagram draws it: dashed, with the name the chair may have typed. */
export interface SuggestedOutline {
  id: string;
  name: string;
  memberIds: readonly string[];
}

const NONE: readonly SuggestedOutline[] = [];

interface SuggestionState {
  /** The suggestions drawn on the diagram (while the analysis panel shows them). */
  shown: readonly SuggestedOutline[];
  show: (outlines: readonly SuggestedOutline[]) => void;
  clear: () => void;
}

/** View state only, never saved: a suggestion becomes data only when the chair accepts it. */
export const useSuggestions = create<SuggestionState>((set) => ({
  shown: NONE,
  show: (shown) => set({ shown }),
  clear: () => set({ shown: NONE }),
}));
