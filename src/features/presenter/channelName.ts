/**
 * The presenter channel's name and the presenter window's address: all the chair's first board
 * needs of the presenter protocol (protocol.ts, with its message readers, comes later).
 */
export const PRESENTER_CHANNEL = 'peers-and-places:presenter';

/** Opens the channel, or null where the browser has none (nothing is then shared). */
export function openPresenterChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === 'function' ? new BroadcastChannel(PRESENTER_CHANNEL) : null;
}

/** The presenter window's address for a board (a hash route of this same app). */
export const presenterHash = (boardId: string) => `#/present/${encodeURIComponent(boardId)}`;
