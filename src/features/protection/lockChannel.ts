import { flushPendingSaves } from '../../ui/pendingSaves';
import { saveStatus, subscribeToSaveStatus } from '../../db/saveStatus';
import { protectionCode } from './protectionCode';
import { protectionChannel } from './ProtectionPart';

/**
 * What a window tells the others (over protectionChannel): whatever they hear, they reload, the
 * only sure way to drop every decrypted copy (board stores, React state, undo steps) and to open
 * again with the protection as it now is.
 */
export type ProtectionNews = 'locked' | 'changed';

/** Tells every other window of this app on this device. */
export function tellOtherWindows(news: ProtectionNews): void {
  protectionChannel()?.postMessage(news);
}

/** Resolves once no write of this tab is under way (text typed just before is saved first). */
function writesDone(): Promise<void> {
  flushPendingSaves();
  return new Promise((resolve) => {
    const stop = subscribeToSaveStatus(() => check());
    const check = () => {
      if (saveStatus().pending > 0) return;
      stop();
      resolve();
    };
    // A save the flush started is counted by now; with none under way this resolves at once.
    queueMicrotask(check);
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
