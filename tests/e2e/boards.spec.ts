import { expect, test } from '@playwright/test';
import {
  addTrainingBoard,
  backToBoards,
  boardCard,
  boardCards,
  createBoard,
  fillNewBoard,
  headerButton,
  isoDay,
  messages,
  newBoardDialog,
  openBoard,
  start,
  TRAINING_TITLE,
  USER,
} from './pages/app';
import { peopleHeading, waitForDrawn, waitForTestApi } from './pages/board';

test.beforeEach(async ({ page }) => {
  await start(page);
});

test('a new board opens at once and is then listed', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();
  await createBoard(page, {
    title: 'Northside peer group',
    purpose: 'Strategy meeting about the Northside group',
    owner: 'Sam Lead',
    reviewDate: isoDay(30),
  });
  await expect(peopleHeading(page)).toHaveText('People (0)');

  await backToBoards(page);
  const card = boardCard(page, 'Northside peer group');
  await expect(card).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Northside peer group' })).toBeVisible();
  await expect(card).toContainText('Strategy meeting about the Northside group');
  await expect(card).toContainText('Sam Lead');
  await expect(boardCards(page)).toHaveCount(1);
});

test('the owner defaults to the person using the device', async ({ page }) => {
  await page.getByRole('button', { name: 'New board', exact: true }).click();
  await expect(newBoardDialog(page).getByLabel('Owner', { exact: true })).toHaveValue(USER);
});

test('an empty or blank title and a past review date are refused with inline messages', async ({
  page,
}) => {
  const dialog = await fillNewBoard(page, { title: '' });
  const title = dialog.getByLabel('Title', { exact: true });
  await expect(
    dialog
      .getByRole('alert')
      .filter({ hasText: 'Enter a title; it cannot be empty or only spaces' }),
  ).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();

  await title.fill('   ');
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(
    dialog
      .getByRole('alert')
      .filter({ hasText: 'Enter a title; it cannot be empty or only spaces' }),
  ).toBeVisible();
  await expect(dialog).toBeVisible();

  await title.fill('A proper title');
  await dialog.getByLabel('Review date').fill(isoDay(-1));
  await dialog.getByRole('button', { name: 'Create board' }).click();
  await expect(
    dialog.getByRole('alert').filter({ hasText: 'The review date has already passed' }),
  ).toBeVisible();
  await expect(dialog.getByLabel('Review date')).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAttribute('aria-invalid', 'false');
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();
});

test('a board is renamed in place', async ({ page }) => {
  await createBoard(page, { title: 'Rename me' });
  await backToBoards(page);
  await page.getByRole('button', { name: 'Rename Rename me' }).click();
  const newTitle = page.getByLabel('New title');
  await expect(newTitle).toBeFocused();
  await expect(newTitle).toHaveValue('Rename me');
  await newTitle.fill('   ');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Enter a title' })).toBeVisible();

  await newTitle.fill('Southside peer group');
  await page.getByRole('button', { name: 'Save title' }).click();
  await expect(
    boardCard(page, 'Southside peer group').getByRole('heading', { name: 'Southside peer group' }),
  ).toBeVisible();
  await expect(boardCard(page, 'Rename me')).toHaveCount(0);
  await page.reload();
  await expect(boardCard(page, 'Southside peer group')).toBeVisible();
  await openBoard(page, 'Southside peer group');
});

test('the training board is added and opening it draws its 16 people', async ({ page }) => {
  await addTrainingBoard(page);
  await expect(messages(page).getByText(`Added “${TRAINING_TITLE}”.`)).toBeVisible();
  await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await expect(peopleHeading(page)).toHaveText('People (16)');
  await waitForDrawn(page, 16);
});

test('a duplicated board is listed as a copy with the same people', async ({ page }) => {
  await addTrainingBoard(page);
  await page.getByRole('button', { name: `Duplicate ${TRAINING_TITLE}` }).click();
  const copyTitle = `Copy of ${TRAINING_TITLE}`;
  await expect(boardCard(page, copyTitle)).toBeVisible();
  await expect(boardCards(page)).toHaveCount(2);

  await openBoard(page, copyTitle);
  await expect(peopleHeading(page)).toHaveText('People (16)');
  await waitForDrawn(page, 16);
  await backToBoards(page);
  await openBoard(page, TRAINING_TITLE);
  await expect(peopleHeading(page)).toHaveText('People (16)');
});

test('deleting a board asks first, says what will be lost, and can be undone', async ({ page }) => {
  await addTrainingBoard(page);
  const card = boardCard(page, TRAINING_TITLE);

  await page.getByRole('button', { name: `Delete ${TRAINING_TITLE}` }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete “${TRAINING_TITLE}”?` });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('16 people');
  await expect(confirm).toContainText('22 associations');
  await confirm.getByRole('button', { name: 'Keep the board' }).click();
  await expect(confirm).toBeHidden();
  await expect(card).toBeVisible();

  await page.getByRole('button', { name: `Delete ${TRAINING_TITLE}` }).click();
  await expect(confirm).toContainText('16 people');
  await confirm.getByRole('button', { name: 'Delete board' }).click();
  await expect(confirm).toBeHidden();
  await expect(card).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();

  const notice = messages(page)
    .getByRole('listitem')
    .filter({ hasText: `Deleted board “${TRAINING_TITLE}”.` });
  await expect(notice.getByRole('status')).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(card).toBeVisible();
  await openBoard(page, TRAINING_TITLE);
  await expect(peopleHeading(page)).toHaveText('People (16)');
});

test('creating a board is undone and redone from the header', async ({ page }) => {
  await createBoard(page, { title: 'Board one' });
  await backToBoards(page);
  await expect(boardCard(page, 'Board one')).toBeVisible();
  await headerButton(page, 'Undo').click();
  await expect(boardCard(page, 'Board one')).toHaveCount(0);
  await headerButton(page, 'Redo').click();
  await expect(boardCard(page, 'Board one')).toBeVisible();
});
