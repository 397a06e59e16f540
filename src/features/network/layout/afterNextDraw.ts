import { NETWORK_DRAWN_EVENT, type NetworkDrawnDetail } from '../activeNetwork';

/**
 * Resolves on the next time the board's network is drawn (or after `timeoutMs`, so a caller never
 * waits forever if nothing changed on screen). Call it before the write whose drawing it awaits.
 */
export function afterNextDraw(boardId: string, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      window.clearTimeout(timer);
      window.removeEventListener(NETWORK_DRAWN_EVENT, onDrawn);
      resolve();
    };
    const onDrawn = (e: Event) => {
      if ((e as CustomEvent<NetworkDrawnDetail>).detail?.boardId === boardId) finish();
    };
    const timer = window.setTimeout(finish, timeoutMs);
    window.addEventListener(NETWORK_DRAWN_EVENT, onDrawn);
  });
}
