import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { addTrainingBoard, headerTool, openBoard, start, TRAINING_TITLE } from './pages/app';
import { toolbarButton, waitForDrawn, waitForTestApi } from './pages/board';

/**
 * The meeting pack of the training board, opened from the board's header, printed to PDF by
 * Chromium (as "Save as PDF" does) and read back with pdftotext (Debian's poppler-utils): the
 * printed pages must carry every action, the marking on each page and the note on what recorded
 * associations are; under presenter-safe, no young person's full name.
 */

interface Fixture {
  board: { classification: string };
  tables: {
    actions: { description: string }[];
    people: { fullName: string; displayName: string }[];
  };
}
const fixture = JSON.parse(readFileSync('fixtures/training-board.json', 'utf8')) as Fixture;
const MARKING = fixture.board.classification;
const NOTE = 'Recorded associations are information with sources, not findings of fact.';

/**
 * Prints the page to PDF and returns its text page by page (form feeds), spaces evened out. `-raw`
 * keeps the order the text was drawn in, so a table cell's lines stay together.
 */
async function printedText(page: Page): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pp-pack-'));
  try {
    const file = join(dir, 'pack.pdf');
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

const flat = (s: string) => s.replace(/\s+/g, ' ');

async function openPack(page: Page): Promise<void> {
  await (await headerTool(page, 'Meeting pack')).click();
  await expect(page).toHaveURL(/#\/board\/[^/]+\/pack$/);
  await expect(page.getByRole('article', { name: 'Meeting pack' })).toHaveAttribute(
    'data-pack-ready',
    'true',
  );
}

test.beforeEach(async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16, 22);
});

test('the printed pack carries the actions, the marking on every page and the note', async ({
  page,
}) => {
  await openPack(page);
  const pack = page.getByRole('article', { name: 'Meeting pack' });
  await expect(pack.getByRole('img', { name: /network diagram/ })).toBeVisible();
  await expect(pack.getByRole('img', { name: /places/ })).toBeVisible();

  const pages = await printedText(page);
  expect(pages.length).toBeGreaterThan(2);
  const all = pages.join(' ');
  for (const a of fixture.tables.actions) expect(all).toContain(flat(a.description));
  expect(all).toContain(NOTE);
  expect(all).toContain('Action log');
  // The marking is printed at the top and the bottom of every page.
  for (const [i, text] of pages.entries()) {
    expect(text.split(MARKING).length - 1, `page ${i + 1}`).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
  }
  // The app's own controls are not printed.
  expect(all).not.toContain('Back to the board');

  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TRAINING_TITLE })).toBeVisible();
  await waitForDrawn(page, 16, 22);
});

test('under presenter-safe the printed pack names no one in full', async ({ page }) => {
  await page.keyboard.press('p');
  await expect(toolbarButton(page, /Presenter-safe/)).toHaveAttribute('aria-pressed', 'true');
  await openPack(page);
  await expect(page.getByText('Initials (presenter-safe)')).toBeVisible();
  const all = (await printedText(page)).join(' ');
  expect(all).toContain(NOTE);
  const names = fixture.tables.people.flatMap((p) => [p.fullName, p.displayName]);
  for (const name of names.filter((n) => n.trim() !== '')) expect(all).not.toContain(name);
});

test('a large board’s pack shows its network as a picture painted apart from the page', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await waitForTestApi(page);
  const boardId = await page.evaluate(() => window.__pp!.seedBoard(12, 500, 1500));
  await page.goto(`/?e2e#/board/${encodeURIComponent(boardId)}/pack`);
  await expect(page.getByRole('article', { name: 'Meeting pack' })).toHaveAttribute(
    'data-pack-ready',
    'true',
    { timeout: 60_000 },
  );
  const network = page.getByRole('img', { name: /network diagram of the whole board/ });
  // Past 400 people the network is a PNG made in a worker (blob:), not an SVG laid out by the
  // page; it is drawn at twice its size, so it prints sharp.
  await expect(network).toHaveAttribute('src', /^blob:/);
  const size = await network.evaluate((img: HTMLImageElement) => ({
    w: img.naturalWidth,
    complete: img.complete,
  }));
  expect(size.complete).toBe(true);
  expect(size.w).toBeGreaterThan(3000);
});
