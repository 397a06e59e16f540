import { create } from 'zustand';

interface CaptureLineState {
  /** The capture line is open over the board. */
  open: boolean;
  /** A place the line has just added, waiting for a click on the open map to put it there. */
  placing: { id: string; name: string } | null;
  setOpen: (open: boolean) => void;
  setPlacing: (placing: { id: string; name: string } | null) => void;
}

export const useCaptureLine = create<CaptureLineState>()((set) => ({
  open: false,
  placing: null,
  setOpen: (open) => set({ open }),
  setPlacing: (placing) => set({ placing }),
}));

/** The key (C) opens the capture line from anywhere on the board. */
export function openCaptureLine(): void {
  useCaptureLine.getState().setOpen(true);
}

/**
 * The map was clicked while a captured place waits for its spot: hands over that place's id (the
 * map stores the spot) and stops waiting. Null when no place is waiting.
 */
export function takeCapturedPlace(): string | null {
  const { placing, setPlacing } = useCaptureLine.getState();
  if (!placing) return null;
  setPlacing(null);
  return placing.id;
}
