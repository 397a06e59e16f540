import { expect, test } from '@playwright/test';
import {
  addTrainingBoard,
  createBoard,
  messages,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import { canvas, details, personOption, waitForDrawn } from './pages/board';

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

test('arrow keys on the diagram move to the people linked to the selected person', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16);
  await personOption(page, 'Amira Hussain').click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Amira Hussain');

  await canvas(page).focus();
  await page.keyboard.press('ArrowRight');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Priya Sharma');
  await expect(personOption(page, 'Priya Sharma')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Amira Hussain');
  // Everyone linked to Amira is above or beside her: nobody lies below.
  await page.keyboard.press('ArrowDown');
  await expect(messages(page).getByText('No one linked to them lies down.')).toBeVisible();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Amira Hussain');
});
