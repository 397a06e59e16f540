import type { RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import { useMapArea } from '../map';
import { NETWORK_DRAWN_EVENT } from '../network';
import { onChairChange, readChairState } from './chairState';
import { openPresenterChannel, readPresenterMessage, type PresenterMessage } from './protocol';
import { usePresenterLink } from './presenterLink';

/**
 * The chair's window tells a presenter window what it shows, while this board is open: its view,
 * selection, filters and focus, meeting step, the visible part of the diagram and the map's area
 * (the map is fitted to it on the projector, whose size differs). Only when a
 * presenter has said it is there, so a board with no projector sends nothing.
 */
export function startBroadcast(
  boardId: string,
  handleRef: RefObject<NetworkHandle | null>,
): () => void {
  const channel = openPresenterChannel();
  if (!channel) return () => undefined;
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
  // The map moves like the diagram, a frame at a time; the frame after the last move sends where it ended.
  const offMap = useMapArea.subscribe((s, prev) => {
    if (s.shown !== prev.shown && s.shown?.boardId === boardId) sendSoon();
  });

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
    offMap();
    offViewport?.();
    cancelAnimationFrame(frame);
    window.removeEventListener(NETWORK_DRAWN_EVENT, watchViewport);
    window.removeEventListener('pagehide', gone);
    channel.close();
  };
}
