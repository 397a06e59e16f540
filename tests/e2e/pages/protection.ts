import { expect, type Locator, type Page } from '@playwright/test';

/** Device protection: the dialog that turns it on, off or changes it, and the lock screen. */

export const PASSPHRASE = 'heron lantern quarry seven';

export function lockScreen(page: Page): Locator {
  return page.getByRole('main', { name: 'Peers & Places is locked' });
}

export function protectionDialog(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name });
}

/** The progress of a pass over every record, in the dialog or on the lock screen. */
export function passProgress(scope: Page | Locator): Locator {
  return scope.getByRole('progressbar');
}

/** From the board list: "Protect this device…", the passphrase twice, then the pass to its end. */
export async function protectDevice(
  page: Page,
  passphrase = PASSPHRASE,
  minutes?: number,
): Promise<void> {
  await page.getByRole('button', { name: 'Protect this device…' }).click();
  const dialog = protectionDialog(page, 'Protect this device');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await dialog.getByLabel('Passphrase again').fill(passphrase);
  if (minutes !== undefined)
    await dialog.getByLabel('Lock when not used for').selectOption(`${minutes}`);
  await dialog.getByRole('button', { name: 'Protect this device' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Device protection…' })).toBeVisible();
}

/** On the lock screen: the passphrase, Unlock. */
export async function typePassphrase(page: Page, passphrase: string): Promise<void> {
  const screen = lockScreen(page);
  await expect(screen).toBeVisible();
  await screen.getByLabel('Passphrase').fill(passphrase);
  await screen.getByRole('button', { name: 'Unlock' }).click();
}

/** Unlocks and waits for the board list (or the board the address names). */
export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await typePassphrase(page, passphrase);
  await expect(lockScreen(page)).toBeHidden();
}

/** Reloads and expects the lock screen, with nothing of the boards on it. */
export async function reloadToLockScreen(page: Page): Promise<void> {
  await page.reload();
  await expect(lockScreen(page)).toBeVisible();
}
