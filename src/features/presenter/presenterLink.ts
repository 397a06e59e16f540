import { create } from 'zustand';

interface PresenterLinkState {
  /** A presenter window is open on this device (it said so on the channel). */
  open: boolean;
  setOpen: (open: boolean) => void;
}

/** The chair's side of the presenter screen: whether one is open, for the header control. */
export const usePresenterLink = create<PresenterLinkState>()((set) => ({
  open: false,
  setOpen: (open) => set((s) => (s.open === open ? s : { open })),
}));
