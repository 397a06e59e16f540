import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  backToBoards,
  createBoard,
  headerTool,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import { seriousViolations } from './pages/axe';
import { waitForDrawn } from './pages/board';

/**
 * The problem profile: chosen from the board list (two boards) or a board's menu, read on screen
 * and printed to PDF by Chromium (read back with pdftotext): counts of young people, never their
 * names unless the named internal version was chosen, and the marking on every printed page.
 */

interface Fixture {
  board: { classification: string };
  tables: { people: { fullName: string; displayName: string; kind: string }[] };
}
const fixture = JSON.parse(readFileSync('fixtures/training-board.json', 'utf8')) as Fixture;
const MARKING = fixture.board.classification;
const YOUNG_NAMES = fixture.tables.people
  .filter((p) => p.kind === 'young-person')
  .flatMap((p) => [p.fullName, p.displayName])
  .filter((n) => n.trim() !== '');
const SECOND = 'Millbeck estate review';

test.use({ bypassCSP: true });

async function printedPages(page: Page): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pp-profile-'));
  try {
    const file = join(dir, 'profile.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
    return text
      .split('\f')
      .filter((p) => p.trim() !== '')
      .map((p) => p.replace(/\s+/g, ' '));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(page: Page): Locator {
  return page.getByRole('article', { name: 'Problem profile' });
}

async function chooseFromList(page: Page, titles: string[], named: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Problem profile…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Problem profile' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: 'Named internal version' })).not.toBeChecked();
  for (const title of titles) await dialog.getByRole('checkbox', { name: title }).check();
  if (named) {
    await dialog.getByRole('checkbox', { name: 'Named internal version' }).check();
    await expect(dialog.getByText(/names of young people appear/i)).toBeVisible();
  }
  await dialog.getByRole('button', { name: 'Open the profile' }).click();
  await expect(report(page)).toHaveAttribute('data-profile-ready', 'true');
}

const rowOf = (table: Locator, name: string | RegExp) => table.getByRole('row', { name });

test.beforeEach(async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
});

test('two boards chosen from the list: counts, never names, and the marking on every printed page', async ({
  page,
}) => {
  await createBoard(page, { title: SECOND });
  await backToBoards(page);
  await chooseFromList(page, [TRAINING_TITLE, SECOND], false);
  await expect(page).toHaveURL(/#\/profile\?boards=[^,&]+,[^,&]+$/);

  const profile = report(page);
  const cover = profile.locator('header');
  const covered = profile.getByRole('list', { name: 'Boards covered' });
  await expect(covered.getByRole('listitem')).toHaveText([SECOND, TRAINING_TITLE]); // in the list's order, newest first
  await expect(cover).toContainText('6 incidents, 12 young people');
  await expect(cover).toContainText('Young people are counted, never named.');
  await expect(cover).toContainText('by Chair Person');
  await expect(profile.getByText(MARKING, { exact: true })).toHaveCount(2);

  const harms = profile.getByRole('region', { name: 'Harms by kind over time' });
  await expect(
    harms.getByRole('img', { name: /Incidents by month and kind of harm/ }),
  ).toBeVisible();
  await expect(harms.getByRole('list', { name: 'Kinds of harm' })).toContainText(
    'Child sexual exploitation',
  );
  const places = profile.getByRole('region', { name: 'Places ranked' });
  // Two boards: each place is named with its board.
  await expect(places.getByRole('row').nth(1)).toContainText(TRAINING_TITLE);
  await expect(
    places.getByRole('img', { name: /incidents by hour of the day/ }).first(),
  ).toBeVisible();
  const groups = profile.getByRole('region', { name: 'Groups and the harms they overlap with' });
  await expect(rowOf(groups, /Brookside Parade group/)).toBeVisible();
  const young = profile.getByRole('region', { name: 'Young people affected' });
  await expect(rowOf(young, /Serious youth violence/).getByRole('cell')).toHaveText(['5']);
  await expect(rowOf(young, /Criminal exploitation/).getByRole('cell')).toHaveText(['4']);
  const caveats = profile.getByRole('region', { name: 'Caveats on the data' });
  await expect(caveats).toContainText('Nothing here is a finding about a child.');
  await expect(caveats).toContainText(
    '1 of 6 incidents are recorded at a point on the map rather than at a place',
  );

  const shown = (await profile.textContent()) ?? '';
  for (const name of YOUNG_NAMES) expect(shown).not.toContain(name);

  // In print: the controls and the on-screen marking lines go; the marking heads and foots
  // every page instead.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Back to all boards' })).toBeHidden();
  await page.screenshot({ path: 'test-results/profile-print.png', fullPage: true });
  const pages = await printedPages(page);
  expect(pages.length).toBeGreaterThan(1);
  for (const [i, text] of pages.entries()) {
    expect(text.split(MARKING).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
  }
  const printed = pages.join(' ');
  expect(printed).toContain('Places ranked');
  expect(printed).not.toContain('Back to all boards');
  for (const name of YOUNG_NAMES) expect(printed).not.toContain(name);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('link', { name: 'Back to all boards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible();
});

test('the named internal version names young people and says so on every page', async ({
  page,
}) => {
  await chooseFromList(page, [TRAINING_TITLE], true);
  await expect(page).toHaveURL(/&named=1$/);
  const profile = report(page);
  const mark = `${MARKING} · Named internal version`;
  await expect(profile.getByText(mark, { exact: true })).toHaveCount(2);
  const young = profile.getByRole('region', { name: 'Young people affected' });
  await expect(rowOf(young, /Child sexual exploitation/)).toContainText('Amira Hussain');
  await expect(rowOf(young, /Serious youth violence/)).toContainText('Kyle Brennan');
  const pages = await printedPages(page);
  for (const [i, text] of pages.entries())
    expect(text.split(mark).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
});

test('from a board’s menu: the report for that board, back to the board, and no axe findings', async ({
  page,
}) => {
  await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16, 22);
  await (await headerTool(page, 'Problem profile')).click();
  await expect(page).toHaveURL(/#\/profile\?boards=[^,&]+&from=board$/);
  const profile = report(page);
  await expect(profile).toHaveAttribute('data-profile-ready', 'true');
  await expect(profile.getByRole('heading', { level: 1 })).toHaveText(TRAINING_TITLE);
  // One board: its places are not named with it.
  await expect(
    profile.getByRole('region', { name: 'Places ranked' }).getByRole('row').nth(1),
  ).not.toContainText(TRAINING_TITLE);
  expect(await seriousViolations(page)).toEqual([]);

  for (const [w, h] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await page.screenshot({ path: `test-results/profile-board-${w}.png` });
  }
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TRAINING_TITLE })).toBeVisible();
  await waitForDrawn(page, 16, 22);
});
