import { setUserName, USER_NAME_SETTING } from '../commands/identity';
import { openDatabase } from '../db/open';
import { describeStorageError, onStorageProblem } from '../db/problems';
import { loadSetting } from '../db/queries';
import { nameProblem } from '../domain/text';
import { restorePresenterSafe } from '../features/names';
import { protectionChannel, protectionGate } from '../features/protection';
import { useStatus } from '../state/statusStore';

/** Where opening got to: the app, the lock screen (or why the boards cannot be opened), or nothing. */
export type Boot =
  | { name: 'failed' }
  /** Nothing of the boards is read: the lock screen, or why they cannot be opened. */
  | { name: 'locked' | 'damaged' }
  | { name: 'ready'; userName: string | undefined };

const failed = (err: unknown): Boot => {
  useStatus.getState().setStorageProblem(describeStorageError(err).message);
  return { name: 'failed' };
};

/**
 * Opens the store before anything is shown or written, and routes storage problems to the user:
 * a failed write becomes a message; a closed or blocked database becomes a banner.
 */
export async function bootstrap(): Promise<Boot> {
  onStorageProblem((p) => {
    const status = useStatus.getState();
    if (p.kind === 'quota' || p.kind === 'unknown')
      status.notify({ tone: 'error', text: p.message });
    else status.setStorageProblem(p.message);
  });
  // Another window locked, or changed the protection: this one opens afresh (features/protection).
  const news = protectionChannel();
  if (news) news.onmessage = () => window.location.reload();
  if (!(await openDatabase())) return { name: 'failed' };
  try {
    // Nothing is read before protection says the boards can be (see features/protection).
    const gate = await protectionGate();
    return gate === 'open' ? await bootOn() : { name: gate };
  } catch (err) {
    return failed(err);
  }
}

/** The rest of opening, once the boards can be read (at once, or after the passphrase). */
export async function bootOn(): Promise<Boot> {
  try {
    // A name of the wrong type (damaged, or from another version) is asked for again rather
    // than stopping the app.
    const stored = await loadSetting<unknown>(USER_NAME_SETTING);
    const userName =
      typeof stored === 'string' && !nameProblem(stored.trim(), 'name') ? stored.trim() : undefined;
    if (userName) setUserName(userName);
    await restorePresenterSafe();
    return { name: 'ready', userName };
  } catch (err) {
    return failed(err);
  }
}
