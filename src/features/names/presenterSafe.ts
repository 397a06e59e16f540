import { loadSetting, saveSetting } from '../../db/queries';
import { useStatus } from '../../state/statusStore';
import { useUi } from '../../state/uiStore';

export const PRESENTER_SAFE_SETTING = 'presenterSafe';

/** Restores presenter-safe mode at start-up, before any board is drawn. */
export async function restorePresenterSafe(): Promise<void> {
  const on = await loadSetting<boolean>(PRESENTER_SAFE_SETTING);
  useUi.getState().setPresenterSafe(on === true);
}

/** Turns presenter-safe mode on or off for this device, and says so. */
export function togglePresenterSafe(): void {
  const on = !useUi.getState().presenterSafe;
  useUi.getState().setPresenterSafe(on);
  useStatus.getState().notify({
    tone: 'info',
    text: on
      ? 'Presenter-safe is on: only initials or pseudonyms are shown.'
      : 'Presenter-safe is off: names are shown as the board’s name setting says.',
  });
  saveSetting(PRESENTER_SAFE_SETTING, on).catch(() => {
    // The switch still works for this session; a storage problem is reported by the store itself.
  });
}
