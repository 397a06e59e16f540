import type { ChangeSet } from '../domain/changeSet';
import { newId } from '../domain/ids';

/**
 * The one channel every committed change set passes through, whatever its origin. The command bus
 * publishes what this tab writes; other tabs' writes arrive by BroadcastChannel (same device, no
 * network) and are re-labelled `otherTab`. Listeners (the board store, the board list, the change
 * log, the history) each hear every change set once.
 */
export type ChangeListener = (changes: ChangeSet) => void;

/** This tab's id: written with each change set so a tab knows its own writes from others'. */
export const TAB_ID = newId();

const CHANNEL_NAME = 'peers-and-places:changes';
const listeners = new Set<ChangeListener>();
let channel: BroadcastChannel | null = null;

function deliver(changes: ChangeSet): void {
  for (const listener of [...listeners]) {
    try {
      listener(changes);
    } catch (err) {
      // One failing view must not stop the others hearing of the change.
      console.error('A change listener failed', err);
    }
  }
}

function open(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (e: MessageEvent<ChangeSet>) => {
    const received = e.data;
    if (!received || typeof received !== 'object' || received.tab === TAB_ID) return;
    deliver({ ...received, origin: received.origin === 'remote' ? 'remote' : 'otherTab' });
  };
  return channel;
}

/** Called once per committed change set by the command bus: this tab first, then the others. */
export function publish(changes: ChangeSet): void {
  if (changes.changes.length === 0) return;
  deliver(changes);
  open()?.postMessage(changes);
}

/** Hears every committed change set, this tab's and others'. Returns the way to stop. */
export function subscribeToChanges(listener: ChangeListener): () => void {
  open();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Closes the channel (tests that stand in for two tabs in one page reopen it). */
export function closeChannel(): void {
  channel?.close();
  channel = null;
}
