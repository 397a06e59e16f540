import { create } from 'zustand';
import { useMapUi } from '../../state/mapStore';
import { useViews } from '../../state/viewStore';

interface CaptureLineState {
  /** The capture line is open over the board. */
  open: boolean;
  /** Goes up each time C is pressed, so the open line takes the focus back. */
  asked: number;
  /** A place the line has just added, waiting for a click on the open map to put it there. */
  placing: { id: string; name: string } | null;
  setOpen: (open: boolean) => void;
  setPlacing: (placing: { id: string; name: string } | null) => void;
}

export const useCaptureLine = create<CaptureLineState>()((set) => ({
  open: false,
  asked: 0,
  placing: null,
  setOpen: (open) => set({ open }),
  setPlacing: (placing) => set({ placing }),
}));

/** What had the focus when the line opened: it gets the focus back when the line closes. */
let openedFrom: Element | null = null;
export const focusBeforeOpening = (): Element | null => openedFrom;

/** The key (C) opens the capture line from anywhere on the board. */
export function openCaptureLine(): void {
  if (!useCaptureLine.getState().open) openedFrom = document.activeElement;
  useCaptureLine.setState((s) => ({ open: true, asked: s.asked + 1 }));
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

// A place waits for a click only while the map's point tool is on for it: any other tool, or
// Escape on the map, leaves it unplaced.
useMapUi.subscribe((s) => {
  if (s.tool !== 'point' && useCaptureLine.getState().placing)
    useCaptureLine.getState().setPlacing(null);
});

/**
 * Waits for a click on the map to put a place that has no location there: opens the map beside the
 * network if it is not on screen, and turns on its point tool.
 */
export function startPlacing(place: { id: string; name: string }): void {
  if (useViews.getState().views === 'network') useViews.getState().setViews('both');
  useMapUi.getState().setTool('point');
  useCaptureLine.getState().setPlacing(place);
}

/** Leaves the waiting place unplaced. */
export function stopPlacing(): void {
  useMapUi.getState().setTool('select');
  useCaptureLine.getState().setPlacing(null);
}
