import { setUserName, USER_NAME_SETTING } from '../commands/identity';
import { openDatabase } from '../db/open';
import { describeStorageError, onStorageProblem } from '../db/problems';
import { loadSetting } from '../db/queries';
import { nameProblem } from '../domain/text';
import { restorePresenterSafe } from '../features/names';
import { useStatus } from '../state/statusStore';

/**
 * Opens the store before anything is shown or written, and routes storage problems to the user:
 * a failed write becomes a message; a closed or blocked database becomes a banner.
 */
export async function bootstrap(): Promise<{ ok: boolean; userName: string | undefined }> {
  onStorageProblem((p) => {
    const status = useStatus.getState();
    if (p.kind === 'quota' || p.kind === 'unknown')
      status.notify({ tone: 'error', text: p.message });
    else status.setStorageProblem(p.message);
  });
  const ok = await openDatabase();
  if (!ok) return { ok, userName: undefined };
  try {
    // A name of the wrong type (damaged, or from another version) is asked for again rather
    // than stopping the app.
    const stored = await loadSetting<unknown>(USER_NAME_SETTING);
    const userName =
      typeof stored === 'string' && !nameProblem(stored.trim(), 'name') ? stored.trim() : undefined;
    if (userName) setUserName(userName);
    await restorePresenterSafe();
    return { ok, userName };
  } catch (err) {
    useStatus.getState().setStorageProblem(describeStorageError(err).message);
    return { ok: false, userName: undefined };
  }
}
