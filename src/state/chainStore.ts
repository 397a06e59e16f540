import { create } from 'zustand';

const NONE: ReadonlySet<string> = new Set();

interface ChainState {
  /** People and associations on the chains shown by "How are they connected?": lit on the diagram. */
  ids: ReadonlySet<string>;
  show: (ids: ReadonlySet<string>) => void;
  clear: () => void;
}

/** View state only, never saved: what the analysis panel highlights on the network. */
export const useChain = create<ChainState>((set) => ({
  ids: NONE,
  show: (ids) => set({ ids }),
  clear: () => set({ ids: NONE }),
}));
