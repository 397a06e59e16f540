import { expect, test, type Page } from '@playwright/test';
import { makeHarrowfieldPmtiles } from '../fixtures/makePmtiles.mjs';
import { backToBoards, boardCard, createBoard, headerTool, start } from './pages/app';
import { basemapTool, openTrainingMap, storedBasemap, usePmtiles } from './pages/basemaps';
import {
  addPersonByKeyboard,
  canvas,
  expectCounts,
  linkByKeyboard,
  storedRecords,
  waitForTestApi,
} from './pages/board';

/**
 * Damaged data, as a damaged store, another tool or a bad copy leaves it: each case is planted with
 * raw IndexedDB writes (below the app), then the app is reloaded and must say plainly what is
 * wrong, keep what it cannot read aside, and go on working.
 */

const DB_NAME = 'peers-and-places';
const SHOTS = 'test-results/damaged-data';

/** Puts raw records into one store, below the app (as damage or another tool would). */
async function rawPut(page: Page, table: string, records: unknown[]): Promise<void> {
  await page.evaluate(
    ([name, table, records]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => {
          const tx = req.result.transaction(table, 'readwrite');
          for (const r of records) tx.objectStore(table).put(r);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    [DB_NAME, table, records] as const,
  );
}

async function rawDelete(page: Page, table: string, id: string): Promise<void> {
  await page.evaluate(
    ([name, table, id]) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => {
          const tx = req.result.transaction(table, 'readwrite');
          tx.objectStore(table).delete(id);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    [DB_NAME, table, id] as const,
  );
}

async function storedBoard(page: Page, id: string): Promise<Record<string, unknown>> {
  const boards = await storedRecords<Record<string, unknown>>(page, 'boards');
  const found = boards.find((b) => b.id === id);
  if (!found) throw new Error(`board ${id} is not stored`);
  return found;
}

/** A screenshot to look at (test-results is not committed), one folder per window size. */
async function shot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.screenshot({ path: `${SHOTS}/${size?.width}x${size?.height}/${name}.png` });
}

/** A schema path as it would leak into a message: "decisions.0.text", "title:". */
const fieldPath = /\b[a-zA-Z]+\.\d+\.[a-zA-Z]+\b|\b(title|displayName|decisions|takenAt):/;

test('a damaged board record is a row of its own, its address says damaged, and it can be removed', async ({
  page,
}) => {
  await start(page);
  const damagedId = await createBoard(page, { title: 'Harrowfield park' });
  await backToBoards(page);
  await createBoard(page, { title: 'Town centre' });
  await backToBoards(page);
  // The board's title became a number in storage.
  await rawPut(page, 'boards', [{ ...(await storedBoard(page, damagedId)), title: 42 }]);
  await page.reload();

  const row = page.getByRole('listitem', { name: 'A board could not be read (damaged)' });
  await expect(row).toBeVisible();
  await expect(row).toContainText('The title is missing or not the right kind of value');
  await expect(row).toContainText('It is kept aside, not deleted');
  await expect(row).not.toContainText(fieldPath);
  await expect(boardCard(page, 'Town centre')).toBeVisible();
  await shot(page, 'board-list-damaged-row');

  // Its address says it is damaged, not "not on this device".
  await page.goto(`/?e2e#/board/${encodeURIComponent(damagedId)}`);
  const alert = page.getByRole('alert').filter({ hasText: 'This board is damaged' });
  await expect(alert).toContainText('The title is missing or not the right kind of value');
  await expect(alert).toContainText('kept aside, not deleted');
  await expect(page.getByText('not on this device')).toHaveCount(0);
  await shot(page, 'board-address-damaged');
  await alert.getByRole('button', { name: 'Back to all boards' }).click();

  // Removing asks first, and takes only the damaged board.
  await row.getByRole('button', { name: 'Remove it' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Remove the damaged board?' });
  await expect(confirm).toContainText('with what is stored under it: no records');
  await expect(confirm).toContainText('It cannot be undone');
  await shot(page, 'remove-damaged-board');
  await confirm.getByRole('button', { name: 'Remove it' }).click();
  await expect(row).toHaveCount(0);
  await expect(boardCard(page, 'Town centre')).toBeVisible();
  const ids = (await storedRecords<{ id: string }>(page, 'boards')).map((b) => b.id);
  expect(ids).not.toContain(damagedId);
  expect(ids).toHaveLength(1);
});

test('a damaged meeting snapshot is called damaged in What changed, and meetings still work', async ({
  page,
}) => {
  await start(page);
  const boardId = await createBoard(page, { title: 'Snapshot board' });
  const at = new Date().toISOString();
  const day = at.slice(0, 10);
  await rawPut(page, 'meetings', [
    {
      id: 'm-past',
      boardId,
      createdAt: at,
      updatedAt: at,
      date: day,
      attendees: [{ name: 'Jo Hartley', agency: 'Community safety' }],
      agenda: [],
      decisions: [],
      status: 'ended',
      endedAt: at,
      notes: '',
    },
  ]);
  // The snapshot kept when it ended: its time taken became a number.
  await rawPut(page, 'snapshots', [
    {
      id: 's-past',
      boardId,
      createdAt: at,
      updatedAt: at,
      meetingId: 'm-past',
      takenAt: 7,
      tables: {},
    },
  ]);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Snapshot board' })).toBeVisible();
  await waitForTestApi(page);

  await (await headerTool(page, 'What changed')).click();
  const region = page.getByRole('region', { name: /What changed since the meeting on/ });
  await expect(region).toContainText('The snapshot of that meeting is damaged and cannot be read');
  await expect(region).toContainText('kept aside on this device, unchanged');
  await expect(region).not.toContainText('not on this device');
  await expect(region).not.toContainText(fieldPath);
  await shot(page, 'what-changed-damaged-snapshot');
  await region.getByRole('button', { name: 'Close' }).click();

  // A new meeting starts and ends as usual.
  await (await headerTool(page, 'Start meeting')).click();
  const dialog = page.getByRole('dialog', { name: 'Start meeting' });
  await dialog.getByLabel('Attendee 1 name').fill('Dana Whitlock');
  await dialog.getByRole('button', { name: 'Start meeting' }).click();
  await expect(dialog).toBeHidden();
  const bar = page.getByRole('region', { name: 'Meeting in progress' });
  await bar.getByRole('button', { name: 'End meeting' }).click();
  await page
    .getByRole('alertdialog', { name: 'End the meeting?' })
    .getByRole('button', { name: 'End meeting' })
    .click();
  await expect(bar).toBeHidden();
  await expect
    .poll(async () =>
      (await storedRecords<{ status: string }>(page, 'meetings')).map((m) => m.status),
    )
    .toEqual(['ended', 'ended']);
  await (await headerTool(page, 'What changed')).click();
  await expect(region).toContainText('Nothing has changed since that meeting.');
});

test('an association to a person not on the board is reported at open and not drawn', async ({
  page,
}) => {
  await start(page);
  const boardId = await createBoard(page, { title: 'Links board' });
  await waitForTestApi(page);
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Ali Shah');
  const bea = await addPersonByKeyboard(page, boardId, 'Bea Lowe');
  await addPersonByKeyboard(page, boardId, 'Cal Fenn');
  await linkByKeyboard(page, 'Ali Shah', 'Bea Lowe');
  await linkByKeyboard(page, 'Cal Fenn', 'Bea Lowe');
  await expectCounts(page, 3, 2);
  await expect.poll(async () => (await storedRecords(page, 'associations')).length).toBe(2);

  // Bea's record is deleted outside the app; the two associations to her stay behind.
  await rawDelete(page, 'people', bea);
  await page.reload();

  const notice = page.getByRole('alert', { name: 'Links to records not on this board' });
  await expect(notice).toContainText('2 associations point to people not on this board');
  await expect(notice).toContainText('not drawn on the diagram or the map; they stay stored');
  await expect(notice).not.toContainText('Bea');
  await expectCounts(page, 2, 0);
  expect(await storedRecords(page, 'associations')).toHaveLength(2);
  await shot(page, 'links-to-missing-person');
});

test('records kept aside on a board are described without field paths', async ({ page }) => {
  await start(page);
  const boardId = await createBoard(page, { title: 'Decisions board' });
  const at = new Date().toISOString();
  // A meeting whose first decision lost its text.
  await rawPut(page, 'meetings', [
    {
      id: 'm-bad',
      boardId,
      createdAt: at,
      updatedAt: at,
      date: at.slice(0, 10),
      attendees: [],
      agenda: [],
      decisions: [{ id: 'd1', itemKind: 'board', itemId: boardId, text: '', at }],
      status: 'ended',
      endedAt: at,
      notes: '',
    },
  ]);
  await page.reload();
  const notice = page.getByRole('alert', { name: 'Records set aside' });
  await expect(notice).toContainText('The text of decision 1 is empty or too short');
  await expect(notice).not.toContainText('decisions.0.text');
  await expect(notice).not.toContainText(fieldPath);
  await shot(page, 'kept-aside-no-field-path');
});

test('an offline map file with a good header but damaged tiles is refused; the map in use stays', async ({
  page,
}) => {
  await openTrainingMap(page);
  const before = await storedBasemap(page);
  const buffer = Buffer.from(makeHarrowfieldPmtiles());
  // The tiles are overwritten; the header and the index of tiles are as they were.
  const tiles = Number(buffer.readBigUInt64LE(56));
  buffer.fill(0, tiles, tiles + 64);
  const form = await usePmtiles(page, {
    name: 'harrowfield-copy.pmtiles',
    mimeType: 'application/octet-stream',
    buffer,
  });
  await expect(form.getByRole('alert')).toContainText(
    '“harrowfield-copy.pmtiles” is damaged: map tile 1',
  );
  await expect(form.getByRole('alert')).toContainText('The map in use is unchanged.');
  await shot(page, 'offline-map-damaged');
  expect(await storedBasemap(page)).toEqual(before);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(await basemapTool(page)).toHaveText('Basemap: Harrowfield sketch');
});

test('when storage is full the message points to saving board files, by the buttons’ names', async ({
  page,
}) => {
  await start(page);
  const boardId = await createBoard(page, { title: 'Full device' });
  await waitForTestApi(page);
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Ali Shah');
  // The browser refuses every write from now on, as it does when the device's quota is used up.
  await page.evaluate(() => {
    const full = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
  await page.keyboard.press('n');
  await page.keyboard.type('Bea Lowe');
  await page.keyboard.press('Enter');
  const said = page.getByText(/run out of storage space/).first();
  await expect(said).toBeVisible();
  await expect(said).toContainText('save the boards you no longer need here as board files');
  await expect(said).toContainText('“Save board to file”');
  await expect(said).toContainText('“Back up every board”');
  await shot(page, 'storage-full');
});

test('the delete confirmation says a board file is the only copy, and offers to save one first', async ({
  page,
}) => {
  await start(page);
  await createBoard(page, { title: 'Old board' });
  await backToBoards(page);
  await boardCard(page, 'Old board').getByRole('button', { name: 'Delete Old board' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete “Old board”?' });
  await expect(confirm).toContainText('a board file is the only copy');
  await shot(page, 'delete-board');
  await confirm.getByRole('button', { name: 'Save board to file first' }).click();
  await expect(page.getByRole('dialog', { name: 'Save “Old board” to file' })).toBeVisible();
});
