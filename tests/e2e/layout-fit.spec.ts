import { expect, test, type Locator, type Page } from '@playwright/test';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import { waitForDrawn, waitForTestApi } from './pages/board';

/**
 * Layouts that fit the laptops and projectors a meeting room has: at each common size the diagram
 * (or the diagram and the map) keeps at least 60% of the window, and the header and the toolbar stay
 * on one row, with what does not fit folded into their "More" menus. Measured on the training board
 * (people, groups and places) in each view, in a meeting, and with an action being captured.
 */

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1536, height: 864 },
  { width: 1920, height: 1080 },
] as const;

const MIN_SHARE = 0.6;

/** The part of the window the views (diagram, or diagram and map) take. */
async function viewsShare(page: Page): Promise<number> {
  const box = await page.locator('.board-views').boundingBox();
  const size = page.viewportSize();
  if (!box || !size) throw new Error('the board views are not on screen');
  return (box.width * box.height) / (size.width * size.height);
}

/** Every visible control of a bar sits on one row: the same top, give or take a pixel or two. */
async function rowsOf(bar: Locator): Promise<number> {
  return bar.evaluate((el) => {
    const tops = new Set<number>();
    for (const child of el.children) {
      const r = child.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      tops.add(Math.round((r.top + r.height / 2) / 6));
    }
    return tops.size;
  });
}

/** The controls of a bar that reach past its right edge or the window's (cut off, not folded). */
async function cutOff(bar: Locator): Promise<string[]> {
  return bar.evaluate((el) => {
    const edge = Math.min(el.getBoundingClientRect().right, window.innerWidth);
    return [...el.querySelectorAll('button, [role="group"], h1, .marking')]
      .filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && r.right > edge + 1;
      })
      .map((c) => c.getAttribute('aria-label') ?? c.textContent?.trim() ?? c.tagName);
  });
}

async function expectFits(page: Page, state: string, size: { width: number; height: number }) {
  const header = page.locator('header.app-header');
  const toolbar = page.getByRole('toolbar', { name: 'Network tools' });
  await page.screenshot({ path: `test-results/layout-fit-${state}-${size.width}.png` });
  expect(await rowsOf(header), `${state}: the header is one row`).toBe(1);
  expect(await rowsOf(toolbar), `${state}: the toolbar is one row`).toBe(1);
  expect(await cutOff(header), `${state}: nothing in the header is cut off`).toEqual([]);
  expect(await cutOff(toolbar), `${state}: nothing in the toolbar is cut off`).toEqual([]);
  // The map's own tools too, when the map is shown (map-toolbar.spec.ts tries every pane width).
  const mapTools = page.getByRole('toolbar', { name: 'Map tools' });
  if (await mapTools.isVisible())
    expect(await rowsOf(mapTools), `${state}: the map tools are one row`).toBe(1);
  const share = await viewsShare(page);
  test.info().annotations.push({
    type: 'views share',
    description: `${state} at ${size.width}×${size.height}: ${(share * 100).toFixed(1)}%`,
  });
  expect(
    share,
    `${state} at ${size.width}×${size.height}: the views' share`,
  ).toBeGreaterThanOrEqual(MIN_SHARE);
}

/**
 * Presses a control of a bar wherever it is: on the bar, or folded into its "More" panel (which is
 * then opened first, as a person would).
 */
async function press(bar: Locator, moreName: string, name: string | RegExp): Promise<void> {
  const onBar = bar.getByRole('button', { name, exact: true });
  if (await onBar.isVisible()) return onBar.click();
  await bar.getByRole('button', { name: moreName }).click();
  await bar
    .getByRole('group', { name: moreName })
    .getByRole('button', { name, exact: true })
    .click();
}

for (const size of SIZES) {
  test(`layout fits at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await start(page);
    await addTrainingBoard(page);
    await openBoard(page, TRAINING_TITLE);
    await waitForTestApi(page);
    await waitForDrawn(page, 16);

    await expectFits(page, 'network', size);

    await page.getByRole('button', { name: 'Network and map', exact: true }).click();
    await expect(page.locator('.leaflet-container')).toBeVisible();
    await expectFits(page, 'network-and-map', size);

    await page.getByRole('button', { name: 'Network', exact: true }).click();
    await expect(page.locator('.leaflet-container')).toHaveCount(0);

    // A meeting: its bar is a slim row over the board, the item's details overlay it.
    await press(page.locator('header.app-header'), 'More board tools', 'Start meeting');
    const dialog = page.getByRole('dialog', { name: 'Start meeting' });
    await dialog.getByLabel('Attendee 1 name').fill('Jo Hartley');
    await dialog.getByLabel('Attendee 1 agency').fill('Community safety');
    await dialog.getByRole('button', { name: 'Start meeting' }).click();
    await expect(dialog).toBeHidden();
    const bar = page.getByRole('region', { name: 'Meeting in progress' });
    await expect(bar).toBeVisible();
    await expectFits(page, 'meeting', size);

    // The meeting's own action capture opens over the board, not pushing it aside.
    await bar.getByRole('button', { name: /^Add action for / }).click();
    await expect(bar.getByRole('form', { name: /^Quick action for / })).toBeVisible();
    await expectFits(page, 'meeting-action', size);
    await page.keyboard.press('Escape');

    // The quick action box (Shift+A, here for the whole board) too.
    await page.locator('.network-canvas').focus();
    await page.keyboard.press('Shift+A');
    const capture = page.getByRole('form', { name: /^Quick action for / });
    await expect(capture).toBeVisible();
    await expectFits(page, 'quick-action', size);
    await page.keyboard.press('Escape');
    await expect(capture).toBeHidden();
  });
}

test('on a laptop, folded tools are one press away under More, and the details fold to a strip', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);

  // From the keyboard: More opens its panel, Tab walks into it, Escape closes it back to More.
  const toolbar = page.getByRole('toolbar', { name: 'Network tools' });
  const more = toolbar.getByRole('button', { name: 'More network tools' });
  await expect(toolbar.getByRole('button', { name: 'Show places', exact: true })).toBeHidden();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const folded = toolbar.getByRole('group', { name: 'More network tools' });
  const showPlaces = folded.getByRole('button', { name: 'Show places', exact: true });
  await expect(showPlaces).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(folded.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(folded).toBeHidden();
  await expect(more).toBeFocused();

  // A folded control works as it does on the bar (its state shows in the panel).
  await more.click();
  await showPlaces.click();
  await expect(showPlaces).toHaveAttribute('aria-pressed', 'true');

  // The header folds too: the presenter screen and What changed wait under its More.
  const header = page.locator('header.app-header');
  await header.getByRole('button', { name: 'More board tools' }).click();
  const headerFolded = header.getByRole('group', { name: 'More board tools' });
  await expect(headerFolded.getByRole('button', { name: 'Open presenter screen' })).toBeVisible();
  await expect(headerFolded.getByRole('button', { name: 'What changed' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(headerFolded).toBeHidden();

  // Each list keeps its heading in view, and scrolls on its own.
  for (const name of [
    /^People \(\d+\)$/,
    /^Groups \(\d+\)$/,
    /^Places \(\d+\)$/,
    /^Notes \(\d+\)$/,
  ])
    await expect(page.getByRole('heading', { level: 2, name })).toBeInViewport();
  const people = page.locator('.people-list');
  const placesTop = await page.locator('.places-list').boundingBox();
  await people.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect.poll(() => people.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 2, name: /^People \(\d+\)$/ })).toBeInViewport();
  expect(await page.locator('.places-list').boundingBox()).toEqual(placesTop);

  // The details start as a strip at this size; opened, they stay open after a reload.
  const details = page.getByRole('complementary', { name: 'Details' });
  const toggle = details.getByRole('button', { name: 'Details' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(details.getByRole('heading', { name: 'About this board' })).toBeHidden();
  const narrow = await viewsShare(page);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(details.getByRole('heading', { name: 'About this board' })).toBeVisible();
  const wide = await viewsShare(page);
  expect(wide).toBeLessThan(narrow);
  await page.reload();
  await waitForDrawn(page, 16);
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await waitForDrawn(page, 16);
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect.poll(() => viewsShare(page)).toBeGreaterThan(wide);
  expect(await viewsShare(page)).toBeGreaterThanOrEqual(MIN_SHARE);
});
