import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  /** Offer "Undo" on the notice for this scope. */
  undoScope?: string;
}

interface StatusState {
  /** A storage problem that stops work (quota, another tab, blocked): shown as a banner. */
  storageProblem: string | null;
  notices: Notice[];
  setStorageProblem: (message: string | null) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  dropUndoOffers: () => void;
}

let nextNoticeId = 1;

export const useStatus = create<StatusState>()((set) => ({
  storageProblem: null,
  notices: [],
  setStorageProblem: (message) => set({ storageProblem: message }),
  notify: (notice) =>
    set((s) => ({ notices: [...s.notices.slice(-3), { ...notice, id: nextNoticeId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dropUndoOffers: () => set((s) => ({ notices: s.notices.filter((n) => !n.undoScope) })),
}));
