import { expect, test, type Page } from '@playwright/test';
import { createBoard, messages, start } from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  details,
  expectCounts,
  kindPicker,
  newPersonBox,
  peopleList,
  personOption,
  selectInList,
  renameBox,
  expectDrawn,
  personIdByName,
  waitForTestApi,
} from './pages/board';

/**
 * Keyboard only: once the board is open, the mouse is never used. Focus moves with Tab and the
 * keys the app documents; `locator.focus()` is used only where a keyboard user would Tab.
 */

async function boardWithAyoBeaCal(page: Page): Promise<string> {
  await start(page);
  const boardId = await createBoard(page, { title: 'Keyboard board' });
  await waitForTestApi(page);
  await canvas(page).focus();
  for (const name of ['Ayo', 'Bea', 'Cal']) {
    await addPersonByKeyboard(page, boardId, name);
    await expect(canvas(page)).toBeFocused();
  }
  await expectCounts(page, 3, 0);
  return boardId;
}

test('N, a name and Enter adds each person', async ({ page }) => {
  await boardWithAyoBeaCal(page);
  for (const name of ['Ayo', 'Bea', 'Cal']) await expect(personOption(page, name)).toBeVisible();
  // The last one added is selected, so the next key acts on them.
  await expect(personOption(page, 'Cal')).toHaveAttribute('aria-selected', 'true');
});

test('two people selected in the People list are linked with L and the kind picker', async ({
  page,
}) => {
  await boardWithAyoBeaCal(page);

  await selectInList(page, ['Ayo', 'Bea']);
  await page.keyboard.press('l');
  const picker = kindPicker(page, 'Ayo', 'Bea');
  await expect(picker).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('option', { name: 'Sibling / family' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expectCounts(page, 3, 1);
  await expect
    .soft(details(page).getByRole('heading', { name: 'Sibling / family: Ayo and Bea' }))
    .toBeVisible();

  // A number key picks directly: 1 is the first kind, Friendship.
  await selectInList(page, ['Bea', 'Cal']);
  await page.keyboard.press('l');
  const second = kindPicker(page, 'Bea', 'Cal');
  await expect(second).toBeFocused();
  await page.keyboard.press('1');
  await expect(second).toBeHidden();
  await expectCounts(page, 3, 2);
  await expect
    .soft(details(page).getByRole('heading', { name: 'Friendship: Bea and Cal' }))
    .toBeVisible();
});

test('Enter renames the selected person inline, Delete removes them and Ctrl+Z restores them', async ({
  page,
}) => {
  const boardId = await boardWithAyoBeaCal(page);
  const cal = await personIdByName(page, boardId, 'Cal');
  await selectInList(page, ['Cal']);
  await page.keyboard.press('Tab');
  await expect(canvas(page)).toBeFocused();

  await page.keyboard.press('Enter');
  const box = renameBox(page, 'Cal');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Cal');
  await page.keyboard.type('Cato');
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
  await expect(personOption(page, 'Cato')).toBeVisible();
  await expect(personOption(page, 'Cal')).toHaveCount(0);
  await expect(canvas(page)).toBeFocused();

  await page.keyboard.press('Delete');
  await expect(personOption(page, 'Cato')).toHaveCount(0);
  await expectCounts(page, 2, 0);
  await expectDrawn(page, cal, false);
  await expect(messages(page).getByText('Deleted Cato.')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(personOption(page, 'Cato')).toBeVisible();
  await expectCounts(page, 3, 0);
  await expectDrawn(page, cal, true);
});

test('Escape cancels a new-person box without adding anyone', async ({ page }) => {
  const boardId = await boardWithAyoBeaCal(page);
  await canvas(page).focus();
  await page.keyboard.press('n');
  await expect(newPersonBox(page)).toBeFocused();
  await page.keyboard.type('Dee');
  await page.keyboard.press('Escape');
  await expect(newPersonBox(page)).toBeHidden();
  await expect(canvas(page)).toBeFocused();

  // Add someone else: once Eve is saved, anything Escape had wrongly saved would be there too.
  await addPersonByKeyboard(page, boardId, 'Eve');
  await expectCounts(page, 4, 0);
  await expect(personOption(page, 'Dee')).toHaveCount(0);
});

test('an empty name or a 10,000-character name gives a message and saves nothing', async ({
  page,
}) => {
  const boardId = await boardWithAyoBeaCal(page);
  await canvas(page).focus();

  await page.keyboard.press('n');
  const box = newPersonBox(page);
  await expect(box).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /^Enter a name/ })).toBeVisible();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toBeFocused();
  await page.keyboard.type('   ');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: /^Enter a name/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();

  await page.keyboard.press('n');
  await expect(box).toBeFocused();
  await page.keyboard.insertText('x'.repeat(10_000));
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'A name can be at most 120 characters; this one has 10,000' }),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();

  await addPersonByKeyboard(page, boardId, 'Eve');
  await expectCounts(page, 4, 0);
  await expect(peopleList(page).getByRole('option')).toHaveCount(4);
});

test('a person cannot be linked to themself', async ({ page }) => {
  await boardWithAyoBeaCal(page);
  await selectInList(page, ['Ayo']);
  await page.keyboard.press('l');
  await expect(messages(page).getByText(/^Select exactly two people to link them/)).toBeVisible();
  await expect(page.getByRole('listbox', { name: /^Link / })).toHaveCount(0);
  await expectCounts(page, 3, 0);
});

test('linking the same pair with the same kind twice is refused and saves nothing new', async ({
  page,
}) => {
  await boardWithAyoBeaCal(page);
  await selectInList(page, ['Ayo', 'Bea']);
  await page.keyboard.press('l');
  await expect(kindPicker(page, 'Ayo', 'Bea')).toBeFocused();
  await page.keyboard.press('1');
  await expect(kindPicker(page, 'Ayo', 'Bea')).toBeHidden();
  await expectCounts(page, 3, 1);

  await selectInList(page, ['Bea', 'Ayo']);
  await page.keyboard.press('l');
  const picker = kindPicker(page, 'Bea', 'Ayo');
  await expect(picker).toBeFocused();
  await page.keyboard.press('1');
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Bea and Ayo already have a friendship association' }),
  ).toBeVisible();
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expectCounts(page, 3, 1);
});
