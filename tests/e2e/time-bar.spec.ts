import { expect, test, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { addTrainingBoard, headerTool, openBoard, start, TRAINING_TITLE } from './pages/app';
import { seriousViolations } from './pages/axe';
import { storedRecords, toolbarButton, waitForDrawn } from './pages/board';

// axe is injected inline.
test.use({ bypassCSP: true });

interface StoredAssociation {
  id: string;
  boardId: string;
  firstReported: string | null;
  lastReported: string | null;
}
interface StoredIncident {
  boardId: string;
  occurredAt: string;
  placeId: string | null;
  point: unknown;
}

const mapBox = (page: Page) => page.locator('.map-canvas');
const bar = (page: Page) => page.getByRole('region', { name: 'Time bar' });
const thumb = (page: Page, name: 'From' | 'To') => bar(page).getByRole('slider', { name });
const isShown = (page: Page, id: string) =>
  page.evaluate((i) => window.__pp?.isDrawnVisible(i) ?? false, id);
const incidentsOnMap = async (page: Page) =>
  Number(await mapBox(page).getAttribute('data-incidents-shown'));

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** "Friday 22:00–23:00": the grid cell an incident falls in, as a screen reader hears it. */
function cellOf(occurredAt: string): string {
  const [y, m, d] = occurredAt.slice(0, 10).split('-').map(Number) as [number, number, number];
  const day = DAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7];
  const h = Number(occurredAt.slice(11, 13));
  const hh = (n: number) => `${String(n).padStart(2, '0')}:00`;
  return `${day} ${hh(h)}–${h === 23 ? '24:00' : hh(h + 1)}`;
}

async function openBothViews(page: Page): Promise<string> {
  await start(page);
  await addTrainingBoard(page);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16, 22);
  await page
    .getByRole('group', { name: 'Views' })
    .getByRole('button', { name: 'Network and map', exact: true })
    .click();
  await expect(mapBox(page)).toHaveAttribute('data-incidents-shown', '5');
  return boardId;
}

async function openBar(page: Page): Promise<Locator> {
  const toggle = await headerTool(page, 'Time bar');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(bar(page)).toBeVisible();
  // Folded into the header's More panel, the toggle leaves the panel open: Escape closes it.
  const more = page.locator('header.app-header').getByRole('group', { name: 'More board tools' });
  if (await more.isVisible()) {
    await page.keyboard.press('Escape');
    await expect(more).toBeHidden();
  }
  return bar(page);
}

test('the time bar narrows the diagram and the map together, plays, and clears', async ({
  page,
}) => {
  const boardId = await openBothViews(page);
  const associations = (await storedRecords<StoredAssociation>(page, 'associations')).filter(
    (a) => a.boardId === boardId,
  );
  const time = await openBar(page);
  await expect(
    time.getByText(/^In range: 22 associations of 22, 6 incidents of 6\.$/),
  ).toBeVisible();
  const from = thumb(page, 'From');
  const to = thumb(page, 'To');
  const first = await from.getAttribute('aria-valuetext');
  expect(first).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);

  // From the keyboard: the To thumb to the first day of the span leaves only that day.
  await to.focus();
  await page.keyboard.press('Home');
  await expect(to).toHaveAttribute('aria-valuetext', first!);
  const firstDay = await page.evaluate(() => {
    const start = document.querySelector<HTMLInputElement>('.time-bar input[type=range]');
    return start ? Number(start.value) : -1;
  });
  expect(firstDay).toBe(0);

  // An association first reported after that day is hidden from the diagram...
  const days = associations.flatMap((a) => [a.firstReported, a.lastReported]).filter(Boolean);
  const spanFirst = days.sort()[0]!;
  const later = associations.find((a) => (a.firstReported ?? a.lastReported ?? '') > spanFirst);
  expect(later, 'an association dated after the first day').toBeDefined();
  await expect.poll(() => isShown(page, later!.id)).toBe(false);
  // ...the map shows fewer incidents, and the network filter holds the same dates.
  await expect.poll(() => incidentsOnMap(page)).toBeLessThan(5);
  await expect(
    time.getByText(/^In range: \d+ associations? of 22, \d+ incidents? of 6\.$/),
  ).toBeVisible();
  await page.screenshot({ path: 'test-results/time-bar-narrowed.png' });

  // Play moves the window along (a step a second); Pause stops it.
  await time.getByRole('button', { name: 'Play' }).click();
  await expect(from).not.toHaveAttribute('aria-valuetext', first!);
  await time.getByRole('button', { name: 'Pause' }).click();
  await expect(time.getByRole('button', { name: 'Play' })).toBeVisible();

  // Clear returns to everything, in the diagram and on the map.
  await time.getByRole('button', { name: 'Clear' }).click();
  await expect(from).toHaveAttribute('aria-valuetext', first!);
  await expect.poll(() => isShown(page, later!.id)).toBe(true);
  await expect(mapBox(page)).toHaveAttribute('data-incidents-shown', '5');
  await expect(
    time.getByText(/^In range: 22 associations of 22, 6 incidents of 6\.$/),
  ).toBeVisible();

  // Its Close button closes it and gives the focus back to the toggle.
  await time.getByRole('button', { name: 'Close' }).click();
  await expect(bar(page)).toBeHidden();
  await expect(await headerTool(page, 'Time bar')).toHaveAttribute('aria-pressed', 'false');
});

test('the range is the filters’ own: the Filters panel shows the bar’s dates', async ({ page }) => {
  await openBothViews(page);
  const time = await openBar(page);
  const to = thumb(page, 'To');
  await to.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const toDay = await to.inputValue();
  expect(Number(toDay)).toBe(3);
  await toolbarButton(page, /^Filters$/).click();
  const filters = page.getByRole('region', { name: 'Filters' });
  const shownTo = await filters
    .getByRole('group', { name: 'Reported between' })
    .getByLabel('To')
    .inputValue();
  expect(shownTo).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // The bar says the same day in words.
  const [y, m, d] = shownTo.split('-').map(Number) as [number, number, number];
  const words = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  await expect(to).toHaveAttribute('aria-valuetext', words);
  await expect(time).toBeVisible();
});

test('the day-by-hour grid reads as text, and the bar passes axe', async ({ page }) => {
  const boardId = await openBothViews(page);
  const incidents = (await storedRecords<StoredIncident>(page, 'incidents')).filter(
    (i) => i.boardId === boardId,
  );
  const time = await openBar(page);
  const grid = time.getByRole('table', { name: 'Incidents in range by day and hour' });
  await expect(grid.getByRole('row')).toHaveCount(8);
  const cell = cellOf(incidents[0]!.occurredAt);
  const inCell = incidents.filter((i) => cellOf(i.occurredAt) === cell).length;
  await expect(
    grid.getByRole('cell', {
      name: `${cell}: ${inCell} ${inCell === 1 ? 'incident' : 'incidents'}`,
      exact: true,
    }),
  ).toHaveText(`${inCell}${cell}: ${inCell} ${inCell === 1 ? 'incident' : 'incidents'}`);
  expect(await seriousViolations(page)).toEqual([]);

  for (const [width, height] of [
    [1366, 768],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(time).toBeVisible();
    await page.screenshot({ path: `test-results/time-bar-${width}.png` });
  }
});

/** Opens the presenter screen from the header (it may be folded into More). */
async function openPresenter(page: Page, context: BrowserContext): Promise<Page> {
  const opened = context.waitForEvent('page');
  await (await headerTool(page, 'Open presenter screen')).click();
  const presenter = await opened;
  await waitForDrawn(presenter, 16);
  const more = page.locator('header.app-header').getByRole('button', { name: 'More board tools' });
  if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) === 'true')
    await more.click();
  return presenter;
}

test('the projector’s diagram and map follow the range', async ({ page, context }) => {
  const boardId = await openBothViews(page);
  const associations = (await storedRecords<StoredAssociation>(page, 'associations')).filter(
    (a) => a.boardId === boardId,
  );
  const presenter = await openPresenter(page, context);
  await expect(mapBox(presenter)).toHaveAttribute('data-incidents-shown', '5');
  const time = await openBar(page);
  await thumb(page, 'To').focus();
  await page.keyboard.press('Home');
  await expect(
    time.getByText(/^In range: \d+ associations? of 22, 0 incidents of 6\.$/),
  ).toBeVisible();

  const spanFirst = associations
    .flatMap((a) => [a.firstReported, a.lastReported])
    .filter(Boolean)
    .sort()[0]!;
  const later = associations.find((a) => (a.firstReported ?? a.lastReported ?? '') > spanFirst)!;
  await expect.poll(() => isShown(presenter, later.id)).toBe(false);
  await expect(mapBox(presenter)).toHaveAttribute('data-incidents-shown', '0');

  await time.getByRole('button', { name: 'Clear' }).click();
  await expect.poll(() => isShown(presenter, later.id)).toBe(true);
  await expect(mapBox(presenter)).toHaveAttribute('data-incidents-shown', '5');
  await presenter.close();
});
