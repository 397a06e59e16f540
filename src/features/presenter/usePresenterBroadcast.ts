import { useEffect, type RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { NETWORK_DRAWN_EVENT } from '../network';
import { onChairChange, readChairState } from './chairState';
import {
  openPresenterChannel,
  presenterHash,
  readPresenterMessage,
  type PresenterMessage,
} from './protocol';
import { usePresenterLink } from './presenterLink';

/**
 * The chair's window tells a presenter window what it shows, while this board is open: its view,
 * selection, filters and focus, meeting step and the visible part of the diagram. Only when a
 * presenter has said it is there, so a board with no projector sends nothing.
 */
export function usePresenterBroadcast(
  boardId: string,
  handleRef: RefObject<NetworkHandle | null>,
): void {
  useEffect(() => {
    const channel = openPresenterChannel();
    if (!channel) return;
    const post = (m: PresenterMessage) => channel.postMessage(m);
    const link = usePresenterLink.getState();
    const send = () => {
      if (usePresenterLink.getState().open)
        post({ type: 'state', state: readChairState(boardId, handleRef.current) });
    };

    // Pan and zoom arrive many times a frame: one message per frame is enough to follow them.
    let frame = 0;
    const sendSoon = () => {
      if (frame || !usePresenterLink.getState().open) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        send();
      });
    };
    let watched: NetworkHandle | null = null;
    let offViewport: (() => void) | undefined;
    const watchViewport = () => {
      const handle = handleRef.current;
      if (handle === watched) return;
      offViewport?.();
      watched = handle;
      offViewport = handle?.onViewport(sendSoon);
      sendSoon();
    };
    watchViewport();
    window.addEventListener(NETWORK_DRAWN_EVENT, watchViewport);

    channel.onmessage = (e: MessageEvent) => {
      const m = readPresenterMessage(e.data);
      if (m?.type === 'presenter-here') {
        link.setOpen(true);
        send();
      } else if (m?.type === 'presenter-gone') link.setOpen(false);
    };
    const offStores = onChairChange(send);
    const gone = () => post({ type: 'chair-gone' });
    window.addEventListener('pagehide', gone);
    // A presenter already open (this window reloaded, or came back to the board) answers this.
    post({ type: 'hello' });
    return () => {
      gone();
      offStores();
      offViewport?.();
      cancelAnimationFrame(frame);
      window.removeEventListener(NETWORK_DRAWN_EVENT, watchViewport);
      window.removeEventListener('pagehide', gone);
      channel.close();
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
