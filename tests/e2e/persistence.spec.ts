import { expect, test, type Page } from '@playwright/test';
import {
  backToBoards,
  boardCard,
  createBoard,
  headerButton,
  isoDay,
  openBoard,
  saveStatus,
  start,
  ukDate,
} from './pages/app';
import {
  addPersonByDoubleClick,
  addPersonByKeyboard,
  canvas,
  canvasCentre,
  clickAssociation,
  details,
  drag,
  expectCounts,
  linkByKeyboard,
  personOption,
  positionOf,
  storedRecords,
  waitForDrawn,
  waitForTestApi,
  type Point,
} from './pages/board';

declare global {
  interface Window {
    __persistCalls?: number;
  }
}

const distance = (a: Point, b: Point) => Math.hypot(b.x - a.x, b.y - a.y);

test('people, associations, positions and board fields are as left after a reload', async ({
  page,
}) => {
  await start(page);
  const review = isoDay(45);
  const boardId = await createBoard(page, {
    title: 'Kept board',
    purpose: 'Checking that everything is kept',
    owner: 'Pat Owner',
    reviewDate: review,
  });
  await waitForTestApi(page);
  const centre = await canvasCentre(page);
  const ali = await addPersonByDoubleClick(
    page,
    boardId,
    { x: centre.x - 150, y: centre.y },
    'Ali',
  );
  const bo = await addPersonByDoubleClick(page, boardId, { x: centre.x + 150, y: centre.y }, 'Bo');
  const cy = await addPersonByDoubleClick(page, boardId, { x: centre.x, y: centre.y - 150 }, 'Cy');
  await linkByKeyboard(page, 'Ali', 'Bo', '1');
  await expectCounts(page, 3, 1);

  // Move Cy, and write board notes in the board panel (nothing selected).
  const drop = { x: centre.x + 40, y: centre.y + 170 };
  await drag(page, await positionOf(page, cy), drop);
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Move/);
  const dropped = await positionOf(page, cy);
  expect(distance(dropped, drop)).toBeLessThan(4);
  await canvas(page).focus();
  await page.keyboard.press('Escape');
  const boardNotes = details(page).getByLabel('Board notes');
  await boardNotes.fill('Next meeting: bring school attendance.');
  await boardNotes.press('Tab');

  const before = {
    ali: await positionOf(page, ali),
    bo: await positionOf(page, bo),
    cy: await positionOf(page, cy),
  };
  await expect
    .poll(
      async () =>
        (await storedRecords<{ id: string; notes: string }>(page, 'boards')).find(
          (b) => b.id === boardId,
        )?.notes,
    )
    .toBe('Next meeting: bring school attendance.');

  await page.reload();
  await waitForTestApi(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Kept board' })).toBeVisible();
  await waitForDrawn(page, 3);
  await expectCounts(page, 3, 1);
  for (const name of ['Ali', 'Bo', 'Cy']) await expect(personOption(page, name)).toBeVisible();

  // Positions: the first fit after loading may zoom and pan, so compare the shape of the drawing.
  const after = {
    ali: await positionOf(page, ali),
    bo: await positionOf(page, bo),
    cy: await positionOf(page, cy),
  };
  const scale = distance(after.ali, after.bo) / distance(before.ali, before.bo);
  for (const who of ['bo', 'cy'] as const) {
    expect(
      Math.abs(after[who].x - (after.ali.x + (before[who].x - before.ali.x) * scale)),
    ).toBeLessThan(4);
    expect(
      Math.abs(after[who].y - (after.ali.y + (before[who].y - before.ali.y) * scale)),
    ).toBeLessThan(4);
  }

  const about = page.getByRole('region', { name: 'About this board' });
  await expect(about.getByLabel('Title', { exact: true })).toHaveValue('Kept board');
  await expect(about.getByLabel('Why are we mapping?')).toHaveValue(
    'Checking that everything is kept',
  );
  await expect(about.getByLabel('Owner', { exact: true })).toHaveValue('Pat Owner');
  await expect(about.getByLabel('Review by')).toHaveValue(review);
  await expect(about.getByLabel('Board notes')).toHaveValue(
    'Next meeting: bring school attendance.',
  );

  await clickAssociation(page, ali, bo);
  await expect(
    details(page).getByRole('heading', { name: 'Friendship: Ali and Bo' }),
  ).toBeVisible();

  await backToBoards(page);
  const card = boardCard(page, 'Kept board');
  await expect(card).toContainText('Checking that everything is kept');
  await expect(card).toContainText('Pat Owner');
  await expect(card).toContainText(ukDate(review));
});

test('“Saved on this device” appears only once something has changed', async ({ page }) => {
  await start(page);
  const status = saveStatus(page);
  await expect(status).toHaveText('No changes yet');
  const boardId = await createBoard(page, { title: 'Status board' });
  await expect(saveStatus(page)).toHaveText(/^Saved on this device at \d\d:\d\d:\d\d$/);

  // A fresh tab session: opening and looking at a board is not a change.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Status board' })).toBeVisible();
  await waitForTestApi(page);
  await expect(saveStatus(page)).toHaveText('No changes yet');
  await backToBoards(page);
  await openBoard(page, 'Status board');
  await expect(saveStatus(page)).toHaveText('No changes yet');

  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Ali');
  await expect(saveStatus(page)).toHaveText(/^Saved on this device at \d\d:\d\d:\d\d$/);
});

async function countPersistCalls(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__persistCalls = 0;
    const storage = navigator.storage;
    const original = storage.persist.bind(storage);
    storage.persist = () => {
      window.__persistCalls = (window.__persistCalls ?? 0) + 1;
      return original();
    };
  });
}

test('persistent storage is asked for after the first save, not before', async ({ page }) => {
  await countPersistCalls(page);
  await start(page);
  // Start-up, the name question and a reload of the board list only read: nothing is asked yet.
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();
  expect(await page.evaluate(() => window.__persistCalls)).toBe(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'No boards yet' })).toBeVisible();
  expect(await page.evaluate(() => window.__persistCalls)).toBe(0);

  const boardId = await createBoard(page, { title: 'Persist board' });
  await expect.poll(() => page.evaluate(() => window.__persistCalls)).toBe(1);

  // Once per tab, not on every save.
  await waitForTestApi(page);
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Ali');
  await addPersonByKeyboard(page, boardId, 'Bo');
  expect(await page.evaluate(() => window.__persistCalls)).toBe(1);

  // After a reload, opening the board only reads: nothing is asked until the next save.
  await page.reload();
  await waitForTestApi(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Persist board' })).toBeVisible();
  await waitForDrawn(page, 2);
  expect(await page.evaluate(() => window.__persistCalls)).toBe(0);
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Cy');
  await expect.poll(() => page.evaluate(() => window.__persistCalls)).toBe(1);
});
