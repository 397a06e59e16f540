import { useEffect, type RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { chunk } from '../../ui/chunk';
import { openPresenterChannel, presenterHash } from './channelName';
import type { PresenterMessage } from './protocol';
import { usePresenterLink } from './presenterLink';

/** The chair's side of the channel: fetched once the board is on screen, not before. */
const broadcast = chunk(() => import('./chairBroadcast'));

/**
 * While this board is open, the chair's window tells a presenter window what it shows (see
 * chairBroadcast.ts). The code arrives after the board is first drawn, when the page is idle: a
 * presenter already open waits for it a moment, the chair's first board does not.
 */
export function usePresenterBroadcast(
  boardId: string,
  handleRef: RefObject<NetworkHandle | null>,
): void {
  useEffect(() => {
    let stop: (() => void) | null = null;
    let live = true;
    const start = () =>
      void broadcast.load().then((m) => {
        if (live) stop = m.startBroadcast(boardId, handleRef);
      });
    const idle = window.requestIdleCallback?.(start, { timeout: 1000 });
    if (idle === undefined) start();
    return () => {
      live = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      stop?.();
    };
  }, [boardId, handleRef]);
}

/**
 * Opens the presenter window for this board. `noopener` gives it a browsing context (and, in
 * Chromium, a process) of its own: the chair's work never holds up the projector's frames, nor the
 * projector's drawing the chair's typing. It is closed through the channel, not a window handle.
 */
export function openPresenterScreen(boardId: string): void {
  const url = `${window.location.pathname}${window.location.search}${presenterHash(boardId)}`;
  // A window of its own (not a tab), to drag onto the projector's display.
  window.open(url, '_blank', 'popup,noopener,width=1280,height=720');
}

/** Asks the presenter window to close (it closes itself); the chair's screen is left as it is. */
export function closePresenterScreen(): void {
  const channel = openPresenterChannel();
  channel?.postMessage({ type: 'close' } satisfies PresenterMessage);
  channel?.close();
  usePresenterLink.getState().setOpen(false);
}
