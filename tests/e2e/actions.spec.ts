import { expect, test, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  headerButton,
  isoDay,
  openBoard,
  start,
  TRAINING_TITLE,
  ukDate,
} from './pages/app';
import {
  details,
  personIdByName,
  personOption,
  personPanel,
  storedRecords,
  toolbarButton,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

/**
 * Actions on the training board, as the chair would in a meeting: one added from Kyle's panel (with
 * the form refusing bad input first), one by Shift+A, both seen as a badge on his node and in the
 * actions table; then deleting Kyle asks what happens to his actions.
 */

interface StoredAction {
  id: string;
  boardId: string;
  targetKind: string;
  targetId: string;
  description: string;
  agency: string;
  dueDate: string;
}

const KYLE = 'Kyle Brennan';

const actionsOf = async (page: Page, boardId: string) =>
  (await storedRecords<StoredAction>(page, 'actions')).filter((a) => a.boardId === boardId);

test('actions: add from the panel, badge, table, quick capture, and deleting the person', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
  const kyleId = await personIdByName(page, boardId, KYLE);
  const before = (await actionsOf(page, boardId)).length;

  // From the panel: no agency and a review date before the due date are refused, with the reason
  // next to the field, and nothing typed is lost.
  await personOption(page, KYLE).click();
  const panel = personPanel(page, KYLE);
  const section = panel.getByRole('region', { name: 'Actions' });
  await expect(section).toContainText('No open actions');
  await section.getByRole('button', { name: 'New action' }).click();
  const form = section.getByRole('form', { name: 'New action' });
  await form.getByLabel('Action', { exact: true }).fill('Home visit with Kyle and his mum');
  await form.getByLabel('Review date').fill(isoDay(3));
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(form.getByText('Choose the agency that owns this action')).toBeVisible();
  await expect(form.getByText('The review date cannot be before the due date')).toBeVisible();
  await expect(form.getByLabel('Action', { exact: true })).toHaveValue(
    'Home visit with Kyle and his mum',
  );
  expect(await actionsOf(page, boardId)).toHaveLength(before);

  await form.getByLabel('Owning agency').fill("Children's social care");
  await form.getByLabel('Named owner').fill('Grace Okafor');
  await form.getByLabel('Review date').fill(isoDay(21));
  await form.getByRole('button', { name: 'Add action' }).click();
  await expect(section).toContainText('1 open action');
  await expect(section).toContainText(`due ${ukDate(isoDay(14))}`);

  // The badge by his node.
  const badge = page.locator(`.action-badge[data-node-id="${kyleId}"]`);
  await expect(badge).toBeVisible();
  await expect(badge).toHaveText('1');

  // The actions table lists it; filters say how many they hide; the name selects him.
  await toolbarButton(page, /^Actions \d+ open/).click();
  const dialog = page.getByRole('dialog', { name: 'Actions on this board' });
  const row = dialog.getByRole('row').filter({ hasText: 'Home visit with Kyle and his mum' });
  await expect(row).toContainText("Children's social care");
  await expect(row).toContainText('Grace Okafor');
  await dialog.getByLabel('Filter by agency').selectOption("Children's social care");
  const total = await dialog.getByRole('row').count();
  await expect(dialog.getByText(/^\d+ hidden by filters$/)).toBeVisible();
  expect(total).toBeGreaterThan(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(details(page).getByRole('region', { name: 'About this board' })).toBeVisible();
  await toolbarButton(page, /^Actions \d+ open/).click();
  await dialog
    .getByRole('row')
    .filter({ hasText: 'Home visit with Kyle' })
    .getByRole('button', { name: KYLE })
    .click();
  await expect(dialog).toBeHidden();
  await expect(panel).toBeVisible();

  // Quick capture from the keyboard: Shift+A, type, Tab, agency, Enter (due in two weeks).
  await page.keyboard.press('Shift+A');
  const quick = page.getByRole('form', { name: `Quick action for ${KYLE}` });
  await expect(quick).toBeVisible();
  await expect(quick).toContainText(`Due ${ukDate(isoDay(14))}`);
  await page.keyboard.type('Check school attendance weekly');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Education');
  await page.keyboard.press('Enter');
  await expect(quick).toBeHidden();
  await expect(section).toContainText('2 open actions');
  await expect(badge).toHaveText('2');
  // Escape cancels without storing anything.
  await page.keyboard.press('Shift+A');
  await expect(quick).toBeVisible();
  await page.keyboard.type('Not wanted');
  await page.keyboard.press('Escape');
  await expect(quick).toBeHidden();
  expect(await actionsOf(page, boardId)).toHaveLength(before + 2);

  // Made overdue: said in words in the panel, and a distinct "!1" on the badge.
  await section
    .getByRole('button', { name: 'Edit action: Check school attendance weekly' })
    .click();
  await section.getByLabel('Due date').fill(isoDay(-2));
  await expect(section).toContainText('2 open actions, 1 overdue');
  await expect(section.getByText('· overdue')).toBeVisible();
  await expect(badge).toHaveText('2!1');

  // Deleting Kyle asks what happens to his actions; "Move them to the whole board" keeps them.
  await panel.getByRole('button', { name: `Delete person ${KYLE}` }).click();
  const ask = page.getByRole('alertdialog', { name: 'What happens to the actions?' });
  await expect(ask).toContainText('2 actions');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel).toBeVisible();
  await panel.getByRole('button', { name: `Delete person ${KYLE}` }).click();
  await ask.getByRole('button', { name: 'Move them to the whole board' }).click();
  await expect(personOption(page, KYLE)).toHaveCount(0);
  await expect(badge).toHaveCount(0);
  const boardActions = details(page).getByRole('region', { name: 'Actions for the whole board' });
  await expect(boardActions).toContainText('Home visit with Kyle and his mum');
  await expect(boardActions).toContainText('Check school attendance weekly');
  await expect
    .poll(async () =>
      (await actionsOf(page, boardId)).filter((a) => a.targetId === boardId).map((a) => a.agency),
    )
    .toEqual(expect.arrayContaining(["Children's social care", 'Education']));

  // One undo brings Kyle back with his actions aimed at him again.
  await headerButton(page, 'Undo').click();
  await expect(personOption(page, KYLE)).toHaveCount(1);
  await expect
    .poll(async () => (await actionsOf(page, boardId)).filter((a) => a.targetId === kyleId).length)
    .toBe(2);

  // "Delete them too" takes them with him.
  await personOption(page, KYLE).click();
  await panel.getByRole('button', { name: `Delete person ${KYLE}` }).click();
  await ask.getByRole('button', { name: 'Delete them too' }).click();
  await expect(personOption(page, KYLE)).toHaveCount(0);
  await expect.poll(async () => (await actionsOf(page, boardId)).length).toBe(before);
});
