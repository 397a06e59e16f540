import { expect, test } from '@playwright/test';
import { backToBoards, boardCard, headerButton } from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  details,
  expectCounts,
  expectDrawn,
  personIdByName,
  personOption,
} from './pages/board';
import { twoTabsOnOneBoard } from './pages/tabs';

test('a person added in one tab appears in the other, and a rename there comes back', async ({
  context,
}) => {
  const { a, b, boardId } = await twoTabsOnOneBoard(context);

  await canvas(a).focus();
  await addPersonByKeyboard(a, boardId, 'Ali');
  await expect(personOption(b, 'Ali')).toBeVisible();
  await expectCounts(b, 1, 0);
  await expectDrawn(b, await personIdByName(b, boardId, 'Ali'));
  // Tab A's change never enters tab B's history.
  await expect(headerButton(b, 'Undo')).toBeDisabled();

  await personOption(b, 'Ali').click();
  const name = details(b).getByLabel('Name shown');
  await name.fill('Alina');
  await name.press('Tab');
  await expect(personOption(a, 'Alina')).toBeVisible();
  await expect(personOption(a, 'Ali')).toHaveCount(0);
  await expect(headerButton(b, 'Undo')).toHaveAttribute(
    'title',
    'Undo “Rename Ali to Alina” (Ctrl+Z)',
  );
  // …nor does B's rename enter A's: A's next undo is still its own "Add Ali".
  await expect(headerButton(a, 'Undo')).toHaveAttribute('title', 'Undo “Add Ali” (Ctrl+Z)');
});

test('a board deleted in one tab is reported as gone in the other', async ({ context }) => {
  const { a, b, boardId } = await twoTabsOnOneBoard(context);
  await canvas(b).focus();
  await addPersonByKeyboard(b, boardId, 'Bo');
  await expect(personOption(a, 'Bo')).toBeVisible();

  await backToBoards(a);
  await a.getByRole('button', { name: 'Delete Shared board' }).click();
  const confirm = a.getByRole('alertdialog', { name: 'Delete “Shared board”?' });
  await expect(confirm).toContainText('1 person');
  await confirm.getByRole('button', { name: 'Delete board' }).click();
  await expect(boardCard(a, 'Shared board')).toHaveCount(0);

  await expect(
    b.getByRole('alert').filter({ hasText: 'This board is not on this device any more' }),
  ).toBeVisible();
  await expect(b.getByRole('button', { name: 'Back to all boards' })).toBeVisible();
});
