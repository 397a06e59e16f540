import { create } from 'zustand';

/** What the quick action box is aimed at; `board` carries the board's own id. */
export interface CaptureTarget {
  kind: 'person' | 'group' | 'place' | 'board';
  id: string;
}

interface ActionCaptureState {
  /** The quick action box is open for this target. */
  target: CaptureTarget | null;
  /** Where focus was when the box opened, to give it back when the box closes. */
  returnTo: Element | null;
  /** What the Action field starts with (a check's suggestion); empty when opened by Shift+A. */
  description: string;
  open: (target: CaptureTarget, description?: string) => void;
  close: () => void;
}

export const useActionCapture = create<ActionCaptureState>()((set) => ({
  target: null,
  returnTo: null,
  description: '',
  open: (target, description = '') =>
    set({ target, description, returnTo: document.activeElement }),
  close: () => set({ target: null, returnTo: null, description: '' }),
}));
