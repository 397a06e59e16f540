import { flushPendingSaves } from '../../ui/pendingSaves';
import { saveStatus, subscribeToSaveStatus } from '../../db/saveStatus';
import { protectionCode } from './protectionCode';

/**
 * Every window of this app on this device (other tabs, the presenter screen) hears here when one
 * of them locks, or turns protection on or off, or changes the passphrase. Whatever it hears, a
 * window reloads: the only sure way to drop every decrypted copy (board stores, React state, undo
 * steps) and to open again with the protection as it now is.
 */
export const PROTECTION_CHANNEL = 'pp-protection';

export type ProtectionNews = 'locked' | 'changed';

/**
 * One channel per window, for hearing and telling alike: a message reaches every other channel
 * object of that name, this window's own listener included, so telling on a second one would
 * reload the teller.
 */
let shared: BroadcastChannel | null | undefined;
const channel = (): BroadcastChannel | null =>
  shared === undefined
    ? (shared =
        typeof BroadcastChannel === 'function' ? new BroadcastChannel(PROTECTION_CHANNEL) : null)
    : shared;

/** Tells every other window. */
export function tellOtherWindows(news: ProtectionNews): void {
  channel()?.postMessage(news);
}

/** Reloads this window whenever another one has news; returns the call that stops listening. */
export function reloadOnNews(): () => void {
  const c = channel();
  if (!c) return () => undefined;
  const reload = () => window.location.reload();
  c.addEventListener('message', reload);
  return () => c.removeEventListener('message', reload);
}

/** Resolves once no write of this tab is under way (text typed just before is saved first). */
function writesDone(): Promise<void> {
  flushPendingSaves();
  return new Promise((resolve) => {
    const check = () => {
      if (saveStatus().pending > 0) return false;
      stop();
      resolve();
      return true;
    };
    const stop = subscribeToSaveStatus(() => void check());
    // A save started by the flush is counted in this same task; one already done leaves none.
    queueMicrotask(() => void check());
  });
}

/**
 * Locks: what was typed is saved, the keys are dropped, every other window is told, and this one
 * reloads into the lock screen.
 */
export async function lockThisDevice(): Promise<void> {
  await writesDone();
  const { lockNow } = await protectionCode();
  lockNow();
  tellOtherWindows('locked');
  window.location.reload();
}
