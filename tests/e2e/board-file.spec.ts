import {
  readFileSync,
  readdirSync,
  writeFileSync,
  openSync,
  closeSync,
  ftruncateSync,
} from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  backToBoards,
  boardCard,
  boardCards,
  createBoard,
  isoDay,
  messages,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import { addPersonByKeyboard, canvas, waitForTestApi } from './pages/board';
import { rawDatabaseDump } from './pages/storage';

/**
 * Board files through the app, as a user works them: "Save board to file" on a board's card (with
 * a passphrase, or redacted), "Back up every board", and "Open board file" or a file dropped on the
 * app: a board that is not here comes back exactly, one that is offers replace, merge or a copy
 * with what will change shown first, and every hostile file is refused with the file and the
 * problem named, the stored data byte for byte as it was.
 */

const HOSTILE = resolve(import.meta.dirname, '../fixtures/hostile');
const FIXTURES = resolve(import.meta.dirname, '../../fixtures/boardFile');
/** The passphrase of tests/fixtures/hostile/boardfile-protected.json and -tampered.json. */
const HOSTILE_PASSPHRASE = 'Hostile fixture passphrase';
/** The passphrase of fixtures/boardFile/v1-encrypted.json (see tests/unit/boardFileFixtures.test.ts). */
const FIXTURE_PASSPHRASE = 'Harrowfield fixture passphrase';

test.beforeEach(async ({ page }) => {
  await start(page);
});

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/board-file/${name}.png` });

type Dump = Record<string, Record<string, unknown>[]>;

/** Every stored record of one board (its own record too), raw from IndexedDB, by store. */
async function boardDump(page: Page, boardId: string): Promise<Dump> {
  const all = JSON.parse(await rawDatabaseDump(page)) as Dump;
  const out: Dump = {};
  for (const [store, rows] of Object.entries(all)) {
    if (store === 'settings' || store === 'clocks') continue;
    out[store] = rows.filter((r) => r.boardId === boardId);
  }
  return out;
}

/** The same dump without the change-log entries of these commands. */
function withoutLogOf(dump: Dump, commands: readonly string[]): Dump {
  return {
    ...dump,
    changeLog: dump.changeLog!.filter((e) => !commands.includes(String(e.command))),
  };
}

async function boardIdOf(page: Page, title: string): Promise<string> {
  const all = JSON.parse(await rawDatabaseDump(page)) as Dump;
  const board = all.boards!.find((b) => b.title === title);
  if (!board) throw new Error(`no board ${title}`);
  return String(board.id);
}

function saveDialog(page: Page, title: string): Locator {
  return page.getByRole('dialog', { name: `Save “${title}” to file` });
}

/** The card's "Save board to file", the dialog's options, then the download. */
async function saveToFile(
  page: Page,
  title: string,
  options: { passphrase?: string; redaction?: RegExp } = {},
): Promise<{ download: Download; path: string }> {
  await boardCard(page, title)
    .getByRole('button', { name: `Save board to file: ${title}` })
    .click();
  const dialog = saveDialog(page, title);
  await expect(dialog).toBeVisible();
  if (options.redaction) await dialog.getByRole('radio', { name: options.redaction }).check();
  if (options.passphrase) {
    await dialog.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(options.passphrase);
    await dialog.getByLabel('Passphrase again').fill(options.passphrase);
  }
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save file' }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { download, path };
}

async function deleteFromList(page: Page, title: string): Promise<void> {
  await boardCard(page, title)
    .getByRole('button', { name: `Delete ${title}` })
    .click();
  const dialog = page.getByRole('alertdialog', { name: `Delete “${title}”?` });
  await expect(dialog).toContainText('Save board to file');
  await dialog.getByRole('button', { name: 'Delete board' }).click();
  await expect(boardCard(page, title)).toBeHidden();
}

/** "Open board file", then the file chosen in the browser's file picker. */
async function openFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open board file' }).click();
  await (await choosing).setFiles(path);
}

const openDialog = (page: Page, fileName: string) =>
  page.getByRole('dialog', { name: `Open “${fileName}”` });

test('a board saved to file, deleted and opened again is back exactly as it was', async ({
  page,
}) => {
  await addTrainingBoard(page);
  const boardId = await boardIdOf(page, TRAINING_TITLE);
  const before = await boardDump(page, boardId);
  await shot(page, 'board-list');

  await boardCard(page, TRAINING_TITLE)
    .getByRole('button', { name: `Save board to file: ${TRAINING_TITLE}` })
    .click();
  await expect(saveDialog(page, TRAINING_TITLE)).toBeVisible();
  await shot(page, 'save-dialog');
  await saveDialog(page, TRAINING_TITLE).getByRole('button', { name: 'Cancel' }).click();

  const { download, path } = await saveToFile(page, TRAINING_TITLE);
  expect(download.suggestedFilename()).toBe(
    `Training Harrowfield peer-group mapping (fictional) ${isoDay()}.board.json`,
  );
  await expect(messages(page)).toContainText(
    `Saved “${TRAINING_TITLE}” to “${download.suggestedFilename()}”.`,
  );
  const saved = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  expect(saved).toMatchObject({
    format: 'peers-and-places/board-file',
    formatVersion: 1,
    redaction: null,
  });

  await deleteFromList(page, TRAINING_TITLE);
  await openFile(page, path);
  await expect(messages(page)).toContainText(
    `Opened “${TRAINING_TITLE}” from “${download.suggestedFilename()}”.`,
  );
  await expect(boardCard(page, TRAINING_TITLE)).toBeVisible();

  const after = await boardDump(page, boardId);
  // Only the log entries of the delete (which outlives the board) and of the open itself are new.
  expect(withoutLogOf(after, ['deleteBoard', 'openBoardFile'])).toEqual(before);
  expect(after.changeLog!.filter((e) => e.command === 'openBoardFile')).toHaveLength(1);

  // One undo on the board list takes the opened board away again.
  await messages(page)
    .getByRole('listitem')
    .filter({ hasText: `Opened “${TRAINING_TITLE}”` })
    .getByRole('button', { name: 'Undo' })
    .click();
  await expect(boardCard(page, TRAINING_TITLE)).toBeHidden();
});

test('a board saved with a passphrase opens only with it, and a wrong one says so', async ({
  page,
}) => {
  await addTrainingBoard(page);
  const boardId = await boardIdOf(page, TRAINING_TITLE);
  const before = await boardDump(page, boardId);

  // The passphrase is asked twice and must match.
  await boardCard(page, TRAINING_TITLE)
    .getByRole('button', { name: `Save board to file: ${TRAINING_TITLE}` })
    .click();
  const dialog = saveDialog(page, TRAINING_TITLE);
  await dialog.getByRole('checkbox', { name: 'Protect with a passphrase' }).check();
  await dialog.getByLabel('Passphrase', { exact: true }).fill('Brookside evening');
  await dialog.getByLabel('Passphrase again').fill('Brookside evenings');
  await dialog.getByRole('button', { name: 'Save file' }).click();
  await expect(dialog.getByText('The two passphrases are not the same')).toBeVisible();
  await shot(page, 'save-dialog-passphrase');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const { download, path } = await saveToFile(page, TRAINING_TITLE, {
    passphrase: 'Brookside evening',
  });
  const text = readFileSync(path, 'utf8');
  expect(text).not.toContain('Harrowfield');
  expect(JSON.parse(text)).toMatchObject({
    encryption: { cipher: 'AES-GCM-256', iterations: 600000 },
  });
  await deleteFromList(page, TRAINING_TITLE);

  await openFile(page, path);
  const opening = openDialog(page, download.suggestedFilename());
  await opening.getByLabel('Passphrase').fill('Brookside morning');
  await opening.getByRole('button', { name: 'Open' }).click();
  await expect(opening.getByText('That passphrase does not open this file.')).toBeVisible();
  await shot(page, 'open-wrong-passphrase');
  await opening.getByLabel('Passphrase').fill('Brookside evening');
  await opening.getByRole('button', { name: 'Open' }).click();
  await expect(boardCard(page, TRAINING_TITLE)).toBeVisible();
  expect(withoutLogOf(await boardDump(page, boardId), ['deleteBoard', 'openBoardFile'])).toEqual(
    before,
  );
});

test('opening a board that is here: replace shows what will change, then makes it the file’s', async ({
  page,
}) => {
  await addTrainingBoard(page);
  const { download, path } = await saveToFile(page, TRAINING_TITLE);

  // Since the file was saved: someone added here.
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Zed Fictional');
  await backToBoards(page);

  await openFile(page, path);
  const dialog = openDialog(page, download.suggestedFilename());
  await expect(dialog).toContainText(`“${TRAINING_TITLE}” is already on this device.`);
  await dialog.getByRole('radio', { name: 'Replace' }).check();
  await expect(dialog).toContainText('People: 1 removed');
  await expect(dialog).toContainText('People removed: Zed Fictional');
  await shot(page, 'open-replace');
  await dialog.getByRole('button', { name: 'Replace board' }).click();
  await expect(messages(page)).toContainText(
    `Replaced “${TRAINING_TITLE}” from “${download.suggestedFilename()}”.`,
  );

  const people = (JSON.parse(await rawDatabaseDump(page)) as Dump).people!;
  expect(people.filter((p) => p.boardId === boardId).map((p) => p.displayName)).not.toContain(
    'Zed Fictional',
  );
});

test('merge keeps what is only here and takes what is newer in the file', async ({ page }) => {
  await addTrainingBoard(page);
  const { path } = await saveToFile(page, TRAINING_TITLE);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await canvas(page).focus();
  await addPersonByKeyboard(page, boardId, 'Zed Fictional');
  await backToBoards(page);

  // The file as edited later on another device: one young person renamed there.
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    boards: { tables: { people: Record<string, unknown>[] } }[];
  };
  const person = file.boards[0]!.tables.people[0]!;
  const oldName = String(person.displayName);
  person.displayName = 'Renamed Elsewhere';
  person.updatedAt = '2099-01-01T00:00:00.000Z';
  const edited = test.info().outputPath('edited-elsewhere.board.json');
  writeFileSync(edited, JSON.stringify(file));

  await openFile(page, edited);
  const dialog = openDialog(page, 'edited-elsewhere.board.json');
  await dialog.getByRole('radio', { name: 'Merge' }).check();
  await expect(dialog).toContainText('People: 1 changed');
  await expect(dialog).toContainText('People changed: Renamed Elsewhere');
  await shot(page, 'open-merge');
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(messages(page)).toContainText(`Merged “${TRAINING_TITLE}”`);

  const names = (JSON.parse(await rawDatabaseDump(page)) as Dump)
    .people!.filter((p) => p.boardId === boardId)
    .map((p) => p.displayName);
  expect(names).toContain('Zed Fictional');
  expect(names).toContain('Renamed Elsewhere');
  expect(names).not.toContain(oldName);

  // Add as a copy leaves this board as it is and adds another beside it.
  await openFile(page, path);
  await openDialog(
    page,
    'Training Harrowfield peer-group mapping (fictional) ' + isoDay() + '.board.json',
  )
    .getByRole('radio', { name: 'Add as a copy' })
    .check();
  await page.getByRole('button', { name: 'Add as a copy' }).click();
  await expect(boardCard(page, `Copy of ${TRAINING_TITLE}`)).toBeVisible();
  await expect(boardCards(page)).toHaveCount(2);
});

test('“Back up every board” holds every board, and opening it brings back the one deleted', async ({
  page,
}) => {
  await addTrainingBoard(page);
  await createBoard(page, { title: 'Northside peer group' });
  await backToBoards(page);
  await page.getByRole('button', { name: 'Back up every board' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back up every board' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`Peers and Places backup ${isoDay()}.json`);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  await expect(messages(page)).toContainText('Saved 2 boards to');

  await deleteFromList(page, 'Northside peer group');
  await openFile(page, path);
  const opening = page.getByRole('dialog', {
    name: `Open the backup “${download.suggestedFilename()}”`,
  });
  await expect(opening.getByLabel(`What to do with “${TRAINING_TITLE}”`)).toHaveValue('skip');
  await expect(opening.getByLabel('What to do with “Northside peer group”')).toHaveValue('add');
  await shot(page, 'open-backup');
  await opening.getByRole('button', { name: 'Open 1 board' }).click();
  await expect(boardCard(page, 'Northside peer group')).toBeVisible();
  await expect(boardCards(page)).toHaveCount(2);
});

test('a redacted file names people only as presenter-safe shows them and says so', async ({
  page,
}) => {
  await addTrainingBoard(page);
  const { path } = await saveToFile(page, TRAINING_TITLE, { redaction: /presenter-safe/ });
  const file = JSON.parse(readFileSync(path, 'utf8')) as {
    redaction: string;
    boards: { tables: Record<string, Record<string, unknown>[]> }[];
  };
  expect(file.redaction).toMatch(/^Redacted: people are named by initials only/);
  const tables = file.boards[0]!.tables;
  expect(tables.changeLog).toEqual([]);
  for (const p of tables.people!) {
    expect(p.fullName).toBe('');
    expect(String(p.displayName)).toMatch(/^[A-Z?]{1,4}$/);
  }
});

test('dropping files on the app: a board file opens, anything else is refused with a reason', async ({
  page,
}) => {
  await createBoard(page, { title: 'Northside peer group' });
  const drop = async (name: string, content: string, type: string) => {
    await page.evaluate(
      ({ name, content, type }) => {
        const data = new DataTransfer();
        data.items.add(new File([content], name, { type }));
        document.body.dispatchEvent(
          new DragEvent('dragenter', { dataTransfer: data, bubbles: true }),
        );
        document.body.dispatchEvent(
          new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      },
      { name, content, type },
    );
    await expect(page.getByText('Drop a board file here to open it')).toBeVisible();
    await shot(page, 'drop-target');
    await page.evaluate(
      ({ name, content, type }) => {
        const data = new DataTransfer();
        data.items.add(new File([content], name, { type }));
        document.body.dispatchEvent(
          new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      },
      { name, content, type },
    );
    await expect(page.getByText('Drop a board file here to open it')).toBeHidden();
  };

  // On a board: a CSV is not a board file, and the message says where CSV files go.
  const before = await rawDatabaseDump(page);
  await drop('cohort.csv', 'name,age\nKai,15\n', 'text/csv');
  const refused = page.getByRole('alertdialog', { name: '“cohort.csv” was not opened' });
  await expect(refused).toContainText('“cohort.csv” is not a board file');
  await expect(refused).toContainText('CSV files are imported with Import on a board');
  await refused.getByRole('button', { name: 'Close' }).click();
  expect(await rawDatabaseDump(page)).toBe(before);

  // The saved fixture of file version 1 opens as a new board, here on the board page.
  await drop('v1.json', readFileSync(resolve(FIXTURES, 'v1.json'), 'utf8'), 'application/json');
  await expect(messages(page)).toContainText(
    'Opened “Harrowfield youth centre (fixture)” from “v1.json”.',
  );
  await backToBoards(page);
  await expect(boardCard(page, 'Harrowfield youth centre (fixture)')).toBeVisible();
});

test('the protected fixture of version 1 opens with its passphrase', async ({ page }) => {
  await openFile(page, resolve(FIXTURES, 'v1-encrypted.json'));
  const dialog = openDialog(page, 'v1-encrypted.json');
  await dialog.getByLabel('Passphrase').fill(FIXTURE_PASSPHRASE);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(boardCard(page, 'Harrowfield youth centre (fixture)')).toBeVisible();
});

/** What each hostile file's refusal says, besides its name. */
const refusals: Record<string, RegExp> = {
  'boardfile-truncated.json': /is incomplete: it stops part-way through/,
  'boardfile-future-version.json': /made by a newer version of Peers & Places/,
  'boardfile-unknown-version.json': /board file version 0, which has never existed/,
  'boardfile-proto-key.json': /a key named “__proto__” in the person “h-p-rio” \(people\)/,
  'boardfile-constructor-key.json': /a key named “constructor” in the association “h-a-kai-rio”/,
  'boardfile-invalid-record.json':
    /the person “h-p-rio” \(people\): Age cannot be negative \(the age\)/,
  'boardfile-dangling-reference.json':
    /refers to the person “h-p-nobody”, which is not in the file/,
  'boardfile-weak-protection.json': /key-strengthening rounds of protection are fewer than 600,000/,
  'boardfile-not-a-board.json':
    /is not a board file.*CSV files are imported with Import on a board/,
  'boardfile-tampered.json': /has been changed or damaged since it was saved/,
};

test('every hostile board file is refused, naming the file and the problem, and nothing stored changes', async ({
  page,
}) => {
  await addTrainingBoard(page);
  const files = readdirSync(HOSTILE).filter((f) => f.startsWith('boardfile-'));
  expect(files.sort()).toEqual([...Object.keys(refusals), 'boardfile-protected.json'].sort());
  for (const name of files) {
    const before = await rawDatabaseDump(page);
    await openFile(page, resolve(HOSTILE, name));
    if (name === 'boardfile-protected.json' || name === 'boardfile-tampered.json') {
      const asking = openDialog(page, name);
      const wrong = name === 'boardfile-protected.json';
      await asking.getByLabel('Passphrase').fill(wrong ? 'not the passphrase' : HOSTILE_PASSPHRASE);
      await asking.getByRole('button', { name: 'Open' }).click();
      if (wrong) {
        await expect(asking.getByText('That passphrase does not open this file.')).toBeVisible();
        await asking.getByRole('button', { name: 'Cancel' }).click();
        expect(await rawDatabaseDump(page), name).toBe(before);
        continue;
      }
    }
    const refused = page.getByRole('alertdialog', { name: `“${name}” was not opened` });
    await expect(refused, name).toContainText(refusals[name]!);
    await expect(refused).toContainText('Nothing on this device was changed.');
    if (name === 'boardfile-invalid-record.json') await shot(page, 'open-refused');
    await refused.getByRole('button', { name: 'Close' }).click();
    expect(await rawDatabaseDump(page), name).toBe(before);
  }
});

test('a file over the size limit is refused from its size, before it is read, naming the limit', async ({
  page,
}) => {
  await addTrainingBoard(page);
  // A sparse file: 1.1 GB long, no disk space taken, never read by the app.
  const path = test.info().outputPath('boardfile-oversize.json');
  const fd = openSync(path, 'w');
  ftruncateSync(fd, Math.round(1.1 * 1024 * 1024 * 1024));
  closeSync(fd);
  const before = await rawDatabaseDump(page);
  await openFile(page, path);
  const refused = page.getByRole('alertdialog', {
    name: '“boardfile-oversize.json” was not opened',
  });
  await expect(refused).toContainText(
    '“boardfile-oversize.json” is 1.1 GB, more than the 1 GB a board file can be',
  );
  await refused.getByRole('button', { name: 'Close' }).click();
  expect(await rawDatabaseDump(page)).toBe(before);
});
