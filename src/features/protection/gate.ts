import { protectionCode } from './protectionCode';
import { AUTO_LOCK_SETTING, autoLockMinutes, useAutoLock } from './protectionUiStore';
import { useProtection } from './ProtectionPart';
import { loadSetting } from '../../db/queries';

/**
 * At start-up on a protected device (its protection setting exists): loading the protection code
 * puts the sealing under the database before any record is read; then whether the boards can be
 * read yet.
 */
export async function gate(): Promise<'open' | 'locked' | 'damaged'> {
  const { protectionState } = await protectionCode();
  const state = await protectionState();
  if (state.kind === 'locked' || state.kind === 'damaged') return state.kind;
  await protectionOpened();
  return 'open';
}

/** Once the boards can be read: the Lock, the idle lock and its time (a sealed setting). */
export async function protectionOpened(): Promise<void> {
  const { protectionState } = await protectionCode();
  const on = (await protectionState()).kind === 'unlocked';
  if (on) useAutoLock.setState({ minutes: autoLockMinutes(await loadSetting(AUTO_LOCK_SETTING)) });
  useProtection.setState({ on });
}
