import { create } from 'zustand';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  /** Offer "Undo" on the notice for this scope. */
  undoScope?: string;
}

interface StatusState {
  /** Commands sent to the store and not yet committed. */
  pending: number;
  /** When the last transaction committed (ISO); "saved" is shown only after a commit. */
  savedAt: string | null;
  /** The last write failed; cleared by the next successful one. */
  saveError: string | null;
  /** A storage problem that stops work (quota, another tab, blocked): shown as a banner. */
  storageProblem: string | null;
  notices: Notice[];
  startSave: () => void;
  endSave: (ok: boolean, error?: string) => void;
  setStorageProblem: (message: string | null) => void;
  notify: (notice: Omit<Notice, 'id'>) => void;
  dismiss: (id: number) => void;
  dropUndoOffers: () => void;
}

let nextNoticeId = 1;

export const useStatus = create<StatusState>()((set) => ({
  pending: 0,
  savedAt: null,
  saveError: null,
  storageProblem: null,
  notices: [],
  startSave: () => set((s) => ({ pending: s.pending + 1 })),
  endSave: (ok, error) =>
    set((s) => ({
      pending: Math.max(0, s.pending - 1),
      ...(ok
        ? { savedAt: new Date().toISOString(), saveError: null }
        : { saveError: error ?? 'Not saved' }),
    })),
  setStorageProblem: (message) => set({ storageProblem: message }),
  notify: (notice) =>
    set((s) => ({ notices: [...s.notices.slice(-3), { ...notice, id: nextNoticeId++ }] })),
  dismiss: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dropUndoOffers: () => set((s) => ({ notices: s.notices.filter((n) => !n.undoScope) })),
}));
