import { expect, test, type Locator, type Page } from '@playwright/test';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import { details, waitForDrawn, waitForTestApi } from './pages/board';
import { foldedMapTools, mapTool, mapTools, MORE_MAP_TOOLS } from './pages/mapTools';

/**
 * The map's toolbar stays on one row however narrow the map's pane (beside the network, the
 * checks and the details on a laptop): what does not fit folds into "More map tools", the rarer
 * tools first, and a folded tool (a menu included) works from there with the keyboard.
 */

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1536, height: 864 },
  { width: 1920, height: 1080 },
] as const;

const checksButton = (page: Page) =>
  page.locator('header.app-header').getByRole('button', { name: /^Checks, \d+ open$/ });
const checksPanel = (page: Page) => page.getByRole('region', { name: 'Contextual checks' });
const detailsToggle = (page: Page) =>
  details(page).getByRole('button', { name: 'Details', exact: true });

async function openTraining(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
}

async function showView(page: Page, name: 'Network and map' | 'Map') {
  await page.getByRole('button', { name, exact: true }).click();
  await expect(page.locator('.leaflet-container')).toBeVisible();
}

async function setChecks(page: Page, open: boolean) {
  if ((await checksPanel(page).isVisible()) !== open) await checksButton(page).click();
  await expect(checksPanel(page)).toBeVisible({ visible: open });
}

async function setDetails(page: Page, open: boolean) {
  const toggle = detailsToggle(page);
  if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', String(open));
}

/**
 * How the bar's visible controls sit: how many rows (by their middles), whether any runs past the
 * bar's right edge, and the bar's height against its tallest control plus its own padding.
 */
async function layoutOf(bar: Locator) {
  return bar.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const rows = new Set<number>();
    let tallest = 0;
    let overhang = 0;
    for (const child of el.children) {
      const r = child.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      rows.add(Math.round((r.top + r.height / 2) / 6));
      tallest = Math.max(tallest, r.height);
      overhang = Math.max(overhang, r.right - box.right, box.left - r.left);
    }
    const frame =
      parseFloat(style.paddingTop) +
      parseFloat(style.paddingBottom) +
      parseFloat(style.borderTopWidth) +
      parseFloat(style.borderBottomWidth);
    return { rows: rows.size, overhang, height: box.height, oneRow: tallest + frame };
  });
}

async function expectOneRow(page: Page, state: string, size: { width: number }) {
  const bar = mapTools(page);
  await expect(bar).toBeVisible();
  // Folding follows a resize a frame later: wait for the bar to settle on one row.
  await expect
    .poll(async () => (await layoutOf(bar)).rows, { message: `${state}: the map tools' rows` })
    .toBe(1);
  const at = await layoutOf(bar);
  await bar.screenshot({ path: `test-results/map-toolbar-${state}-${size.width}.png` });
  await page.screenshot({ path: `test-results/map-toolbar-page-${state}-${size.width}.png` });
  expect(at.height, `${state}: the map tools are one button row high`).toBeLessThanOrEqual(
    at.oneRow + 1,
  );
  expect(at.overhang, `${state}: no map tool runs past the bar`).toBeLessThanOrEqual(1);
  // Drawing a place is always on the row; so is More, whenever something has folded.
  await expect(bar.getByRole('button', { name: 'Places', exact: true })).toBeVisible();
}

for (const size of SIZES) {
  test(`the map tools stay on one row at ${size.width}×${size.height}`, async ({ page }) => {
    await openTraining(page, size);

    await showView(page, 'Network and map');
    for (const checks of [false, true])
      for (const open of [false, true]) {
        await setChecks(page, checks);
        await setDetails(page, open);
        await expectOneRow(
          page,
          `network-and-map${checks ? '-checks' : ''}-details-${open ? 'open' : 'folded'}`,
          size,
        );
      }

    // The worst case: the checks and the details beside a narrow map. Drawing stays on the row,
    // what folded is under More, and "Fit places" is the last to go.
    const more = mapTools(page).getByRole('button', { name: MORE_MAP_TOOLS });
    if (size.width < 1920) {
      await expect(more).toBeVisible();
      await more.click();
      await expect(
        foldedMapTools(page).getByRole('button', { name: 'Export map as PNG' }),
      ).toBeVisible();
      await page.screenshot({ path: `test-results/map-toolbar-more-open-${size.width}.png` });
      await more.click();
      await expect(foldedMapTools(page)).toBeHidden();
    }

    await showView(page, 'Map');
    await setChecks(page, true);
    await expectOneRow(page, 'map-checks', size);
    await setChecks(page, false);
    await expectOneRow(page, 'map', size);
    // With the map on its own at a projector's size, nothing need fold.
    if (size.width === 1920) await expect(more).toBeHidden();
  });
}

test('folded map tools work from More, with the keyboard too', async ({ page }) => {
  await openTraining(page, { width: 1366, height: 768 });
  await showView(page, 'Network and map');
  await setChecks(page, true);
  await setDetails(page, true);
  await expectOneRow(page, 'keyboard', { width: 1366 });

  // The Basemap menu, folded: Tab from More into the panel, open the menu, move and choose.
  const bar = mapTools(page);
  const more = bar.getByRole('button', { name: MORE_MAP_TOOLS });
  await expect(bar.getByRole('button', { name: /^Basemap:/ })).toBeHidden();
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  const basemap = foldedMapTools(page).getByRole('button', { name: /^Basemap:/ });
  await expect(basemap).toBeVisible();
  await page.screenshot({ path: 'test-results/map-toolbar-more-open-1366.png' });
  for (let i = 0; i < 12; i++) {
    if (await basemap.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(basemap).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Basemap' });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitemradio').first()).toBeFocused();
  await expect.poll(() => onTop(menu.getByRole('menuitemradio').last())).toBe(true);
  await page.screenshot({ path: 'test-results/map-toolbar-more-menu-1366.png' });
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(basemap).toHaveText('Basemap: Plain grid');
  await expect(basemap).toBeFocused();

  // Escape closes the panel back to More.
  await page.keyboard.press('Escape');
  await expect(foldedMapTools(page)).toBeHidden();
  await expect(more).toBeFocused();

  // A folded toggle works as on the row, and shows its state there.
  const legend = await mapTool(page, 'Legend');
  await legend.click();
  await expect(legend).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: 'Map legend' })).toBeVisible();

  // The incident filters open from the panel, in the window and above the checks beside the map.
  const filters = await mapTool(page, 'Incident filters');
  await filters.click();
  const panel = page.getByRole('region', { name: 'Incident filters' });
  await expect(panel).toBeVisible();
  await expect.poll(() => onTop(panel.getByRole('heading').first())).toBe(true);
  await expect(panel).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: 'test-results/map-toolbar-more-filters-1366.png' });
});

test('a folded "Add incident" keeps placing after More closes, and Escape still stops it', async ({
  page,
}) => {
  await openTraining(page, { width: 1366, height: 768 });
  await showView(page, 'Network and map');
  await setChecks(page, true);
  await setDetails(page, false);
  await expectOneRow(page, 'incident', { width: 1366 });
  const more = mapTools(page).getByRole('button', { name: MORE_MAP_TOOLS });
  const hint = page.getByText('Click a place for the new incident');

  const add = await mapTool(page, 'Add incident');
  await expect(foldedMapTools(page)).toBeVisible();
  await add.click();
  await expect(add).toHaveAttribute('aria-pressed', 'true');
  await expect(hint).toBeVisible();
  // More closed: the button is gone from the page, the placing is not.
  await more.click();
  await expect(foldedMapTools(page)).toBeHidden();
  await expect(hint).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(hint).toBeHidden();

  // Placed with a click on the map, which also closes More.
  await (await mapTool(page, 'Add incident')).click();
  const map = await page.locator('.map-canvas').boundingBox();
  if (!map) throw new Error('no map');
  await page.mouse.click(map.x + map.width / 2, map.y + map.height - 60);
  await expect(foldedMapTools(page)).toBeHidden();
  // The details were folded to a strip: the new incident's form opens them.
  await expect(details(page).getByRole('region', { name: 'New incident' })).toBeVisible();
});

/** Whether a press in the middle of the element would reach it (nothing drawn over it). */
async function onTop(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === node || node.contains(hit));
  });
}
