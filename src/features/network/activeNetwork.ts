import type { NetworkHandle } from '../../adapters/cytoscape/intents';

/**
 * The diagram currently on screen. The e2e test API reads it to find where a person is drawn, since
 * the canvas hides elements from the pointer; nothing else in the app uses it.
 */
export const activeNetwork: {
  boardId: string | null;
  handle: NetworkHandle | null;
  canvas: HTMLElement | null;
} = {
  boardId: null,
  handle: null,
  canvas: null,
};

export const NETWORK_DRAWN_EVENT = 'pp:network-drawn';

export interface NetworkDrawnDetail {
  boardId: string;
  nodes: number;
  edges: number;
}

export interface DrawnRecord extends NetworkDrawnDetail {
  /** performance.now() when the frame was drawn. */
  at: number;
}

/** The last draw of each board, kept from the first frame so a late test API still sees it. */
export const lastDrawn = new Map<string, DrawnRecord>();

export const NETWORK_SHOWN_EVENT = 'pp:network-shown';

/**
 * How many people a board shows on screen: drawn on the canvas, or drawn over it while the canvas
 * catches up with someone just added (PendingPerson). The canvas's own draws stay in `lastDrawn`.
 */
export interface ShownRecord {
  boardId: string;
  people: number;
  /** performance.now() when this many people were first on screen (the frame that painted them). */
  at: number;
}

export const lastShown = new Map<string, ShownRecord>();

/**
 * Records that `people` are on screen now. A later frame showing the same number keeps the first
 * time, so "since when is the new person visible" does not move to the canvas's own, later draw.
 */
export function reportShown(boardId: string, people: number): void {
  const before = lastShown.get(boardId);
  if (before?.people === people) return;
  lastShown.set(boardId, { boardId, people, at: performance.now() });
  window.dispatchEvent(new CustomEvent(NETWORK_SHOWN_EVENT, { detail: { boardId, people } }));
}

/**
 * Test-only knobs, set through the e2e test API. `addPersonDelayMs` holds back the command that
 * stores a person just added, so a test can read the drawing that stands in for them meanwhile.
 */
export const networkTestHooks = { addPersonDelayMs: 0 };
