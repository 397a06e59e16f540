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
