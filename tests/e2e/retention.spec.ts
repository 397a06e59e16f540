import { expect, test } from '@playwright/test';
import {
  backToBoards,
  boardCard,
  boardCards,
  createBoard,
  headerTool,
  isoDay,
  messages,
  openBoard,
  start,
  ukDate,
  USER,
} from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  expectCounts,
  newPersonBox,
  openDetails,
  personOption,
  personPanel,
  storedRecords,
  waitForDrawn,
} from './pages/board';
import {
  aboutBoard,
  archivedList,
  promptedBoards,
  rawDatabaseText,
  retentionPrompt,
  setKeepUntil,
} from './pages/retention';

// Issue 14 item 3: retention (a prompt for boards past their date: keep with a reason, or delete),
// erasure of a deleted person from the stored history, and archive (read only) with restore.

test('boards past their retention date are put to the chair: kept with a reason, or deleted', async ({
  page,
}) => {
  await start(page);
  const stationId = await createBoard(page, { title: 'Station quarter' });
  await backToBoards(page);
  const parkId = await createBoard(page, { title: 'Park estate' });
  await openDetails(page);
  await setKeepUntil(page, parkId, isoDay(-3));
  await backToBoards(page);
  await expect(promptedBoards(page)).toHaveText([/Park estate/]);

  // Still asked after a reload (a new opening of the app), until it is decided.
  await page.reload();
  await expect(retentionPrompt(page)).toBeVisible();
  await expect(promptedBoards(page)).toHaveText([/Park estate/]);
  const prompt = retentionPrompt(page);
  await prompt.getByRole('button', { name: 'Extend Park estate…' }).click();
  await prompt.getByRole('button', { name: 'Keep board' }).click();
  await expect(prompt.getByRole('alert')).toHaveText(/Say why the board is kept/);
  const until = isoDay(200);
  await prompt.getByLabel('Keep until').fill(until);
  await prompt.getByLabel('Reason for keeping it').fill('Care proceedings still open');
  await prompt.getByRole('button', { name: 'Keep board' }).click();
  await expect(retentionPrompt(page)).toBeHidden();
  await expect(boardCard(page, 'Park estate')).toContainText(ukDate(until));

  // The other board past its date: deleted through the usual confirmation.
  await openBoard(page, 'Station quarter');
  await openDetails(page);
  await setKeepUntil(page, stationId, isoDay(-1));
  await backToBoards(page);
  await expect(promptedBoards(page)).toHaveText([/Station quarter/]);
  await retentionPrompt(page).getByRole('button', { name: 'Delete Station quarter' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Station quarter”?' });
  await confirm.getByRole('button', { name: 'Delete board' }).click();
  await expect(retentionPrompt(page)).toBeHidden();
  await expect(boardCards(page)).toHaveCount(1);
  await expect(boardCard(page, 'Park estate')).toBeVisible();

  // The reason is in the kept board's history, with who kept it.
  await openBoard(page, 'Park estate');
  await (await headerTool(page, 'Change log')).click();
  const log = page.getByRole('dialog', { name: 'Change log' });
  const row = log.getByRole('row').filter({ hasText: 'Reason: Care proceedings still open' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(USER);
});

test('deleting a person leaves no trace of their name or notes in storage; the log says who removed them', async ({
  page,
}) => {
  const name = 'Zephyrine Quarrington';
  const note = 'Seen near the Vellacott underpass with older males';
  await start(page);
  const boardId = await createBoard(page, { title: 'Erasure check' });
  await waitForDrawn(page, 0);
  await openDetails(page);
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Bea');
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, name);
  await personPanel(page, name).getByLabel('Notes', { exact: true }).fill(note);
  await expect
    .poll(async () => JSON.stringify(await storedRecords(page, 'people')))
    .toContain('Vellacott');
  expect(await rawDatabaseText(page)).toContain('Quarrington');

  await personOption(page, name).click();
  await personPanel(page, name)
    .getByRole('button', { name: /^Delete/ })
    .first()
    .click();
  await expect(personOption(page, name)).toHaveCount(0);
  await expectCounts(page, 1, 0);

  const raw = await rawDatabaseText(page);
  for (const trace of ['Zephyrine', 'Quarrington', 'Vellacott']) expect(raw).not.toContain(trace);

  await (await headerTool(page, 'Change log')).click();
  const log = page.getByRole('dialog', { name: 'Change log' });
  await expect(log).not.toContainText('Zephyrine');
  const removal = log.getByRole('row').filter({ hasText: 'Delete Removed person' });
  await expect(removal).toHaveCount(1);
  await expect(removal).toContainText(USER);
  await expect(log.getByRole('row').filter({ hasText: 'Add Removed person' })).toHaveCount(1);
  await expect(log.getByRole('row').filter({ hasText: 'Add Bea' })).toHaveCount(1);
});

test('an archived board leaves the list, opens read only, and is restored', async ({ page }) => {
  await start(page);
  const boardId = await createBoard(page, { title: 'Closed case' });
  await waitForDrawn(page, 0);
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Ayo');
  await backToBoards(page);
  await createBoard(page, { title: 'Open case' });
  await backToBoards(page);

  await page.getByRole('button', { name: 'Archive Closed case' }).click();
  await expect(messages(page)).toContainText('Archived “Closed case”');
  await expect(boardCards(page)).toHaveText([/Open case/]);
  const folded = page.getByText('Archived boards (1)');
  await expect(folded).toBeVisible();
  await folded.click();
  await expect(archivedList(page).getByRole('listitem')).toHaveText([/Closed case/]);

  // Opened read only: a banner, no edit tools, capture line or undo; fields disabled; keys inert.
  await archivedList(page).getByRole('button', { name: 'Open Closed case (read only)' }).click();
  const banner = page.getByRole('region', { name: 'Archived board' });
  await expect(banner).toContainText('Archived: read only.');
  await waitForDrawn(page, 1);
  await expect(page.getByRole('toolbar', { name: 'Network tools' })).toHaveCount(0);
  await expect(page.locator('header.app-header').getByRole('button', { name: 'Undo' })).toHaveCount(
    0,
  );
  await expect(page.getByRole('button', { name: 'Start meeting' })).toHaveCount(0);
  await expect(aboutBoard(page).getByLabel('Title', { exact: true })).toBeDisabled();
  await expect(aboutBoard(page).getByRole('button', { name: 'Archive board' })).toHaveCount(0);
  await canvas(page).focus();
  await page.keyboard.press('n');
  await expect(newPersonBox(page)).toHaveCount(0);
  await expect(personOption(page, 'Ayo')).toBeVisible();

  await banner.getByRole('button', { name: 'Restore' }).click();
  await expect(banner).toBeHidden();
  await expect(aboutBoard(page).getByLabel('Title', { exact: true })).toBeEnabled();
  await expect(page.getByRole('toolbar', { name: 'Network tools' })).toBeVisible();
  await backToBoards(page);
  await expect(boardCards(page)).toHaveCount(2);
  await expect(page.getByText(/Archived boards/)).toHaveCount(0);

  // Archive from the board's own details, and undo it there.
  await openBoard(page, 'Open case');
  await openDetails(page);
  await aboutBoard(page).getByRole('button', { name: 'Archive board' }).click();
  await expect(page.getByRole('region', { name: 'Archived board' })).toBeVisible();
  await messages(page).getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Archived board' })).toBeHidden();
  await expect(aboutBoard(page).getByRole('button', { name: 'Archive board' })).toBeVisible();
});
