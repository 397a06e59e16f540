import { expect, test } from '@playwright/test';
import { createBoard, start } from './pages/app';
import { canvas } from './pages/board';

test('? opens the keyboard shortcut sheet and Escape closes it', async ({ page }) => {
  await start(page);
  await createBoard(page, { title: 'Keys board' });
  await canvas(page).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await expect(sheet.getByRole('term').filter({ hasText: /^N$/ })).toBeVisible();
  await expect(sheet.getByText('Link the two selected people', { exact: false })).toBeVisible();
  // While the sheet is open, board keys do nothing: N must not start a new person.
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Name of new person' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: /^Keys/ }).click();
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});
