import { create } from 'zustand';

const identity = (text: string) => text;

/**
 * What the open board allows on screen for names inside free text (messages, undo labels, the
 * change log): set by the board page from its name policy and presenter-safe mode, so that
 * components outside the board (the message area) never show a hidden name either.
 */
export const useNameMask = create<{
  mask: (text: string) => string;
  setMask: (mask: ((text: string) => string) | null) => void;
}>()((set) => ({
  mask: identity,
  setMask: (mask) => set({ mask: mask ?? identity }),
}));
