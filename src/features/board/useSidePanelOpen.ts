import { useState } from 'react';

const KEY = 'pp.sidePanel';

/**
 * Below this width the details panel starts as a thin strip, so the diagram keeps its room on a
 * 1366 or 1536 pixel laptop; from it up, it starts open. Either way the chair's own choice wins.
 */
export const OPEN_FROM_WIDTH = 1600;

function initial(): boolean {
  try {
    const kept = localStorage.getItem(KEY);
    if (kept === 'open') return true;
    if (kept === 'collapsed') return false;
  } catch {
    // Storage refused (private mode): fall back to the window's size.
  }
  // Where the window's size cannot be asked (no matchMedia), open: nothing is hidden by default.
  return window.matchMedia?.(`(min-width: ${OPEN_FROM_WIDTH}px)`).matches ?? true;
}

/** Whether the side panel is open, remembered on this device (not on the board: it is the screen's). */
export function useSidePanelOpen(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useState(initial);
  const set = (next: boolean) => {
    setOpen(next);
    try {
      localStorage.setItem(KEY, next ? 'open' : 'collapsed');
    } catch {
      // Not remembered; it still works for this visit.
    }
  };
  return [open, set];
}
