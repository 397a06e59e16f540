import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  createBoard,
  headerButton,
  messages,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import { details } from './pages/board';
import { mapTool, mapTools } from './pages/mapTools';
import { steadyBox, type Box } from './pages/settle';

/**
 * Places on the map, drawn and edited with the real mouse and keyboard in Chromium: points and
 * areas, moving and reshaping, deleting, undo and redo, online spaces, outlines that cross
 * themselves, the place panel and the PNG export of the map. At projector size, so the map has room
 * beside the network.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

interface Point {
  x: number;
  y: number;
}

const mapCanvas = (page: Page) => page.getByRole('application', { name: /^Map of / });
const placesList = (page: Page) => page.getByRole('navigation', { name: 'Places on this board' });
const placeInList = (page: Page, name: string) =>
  placesList(page).getByRole('button', { name: new RegExp(`^${name} ·`) });
const points = (page: Page) => page.locator('.map-canvas .place-point');
const areas = (page: Page) => page.locator('.map-canvas path.place');
const newPlaceForm = (page: Page) => page.getByRole('group', { name: 'New place' });
const placePanel = (page: Page, name: string) =>
  details(page).getByRole('region', { name: `Place ${name}`, exact: true });

async function openNewBoardMap(page: Page): Promise<Point> {
  await start(page);
  await createBoard(page, { title: 'Parade places (fictional)' });
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(mapCanvas(page)).toBeVisible();
  return middleOf(page);
}

async function middleOf(page: Page): Promise<Point> {
  const box = await mapCanvas(page).boundingBox();
  if (!box) throw new Error('the map is not on screen');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Picks a drawing tool and waits until the map is ready to draw with it. */
async function chooseTool(page: Page, name: 'Point' | 'Area' | 'Rectangle' | 'Circle') {
  const places = mapTools(page).getByRole('button', { name: 'Places', exact: true });
  await places.click();
  const menu = page.getByRole('menu', { name: 'Places' });
  // The menu drops from its button, over the map (not at the foot of the page).
  const [under, list] = [await places.boundingBox(), await menu.boundingBox()];
  expect(list!.y - (under!.y + under!.height)).toBeGreaterThanOrEqual(0);
  expect(list!.y - (under!.y + under!.height)).toBeLessThan(20);
  await expect(menu).toBeInViewport();
  await menu.getByRole('menuitemradio', { name }).click();
  const button = mapTools(page).getByRole('button', { name: `Drawing: ${name}` });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.map-canvas.is-drawing')).toBeVisible();
}

/** Chooses an entry of the map toolbar's Places menu. */
async function placesMenu(page: Page, item: string) {
  await mapTools(page).getByRole('button', { name: 'Places', exact: true }).click();
  await page.getByRole('menu', { name: 'Places' }).getByRole('menuitem', { name: item }).click();
}

/** Types the name of the place just drawn, picks its kind and presses Enter. */
async function nameNewPlace(page: Page, name: string, kind: string): Promise<void> {
  const box = page.getByRole('textbox', { name: 'Name of new place' });
  await expect(box).toBeFocused();
  await page.keyboard.type(name);
  await newPlaceForm(page)
    .getByRole('combobox', { name: 'Kind of place' })
    .selectOption({ label: kind });
  await box.press('Enter');
  await expect(box).toBeHidden();
  await expect(placeInList(page, name)).toBeVisible();
  await expect(placePanel(page, name)).toBeVisible();
}

const at = (c: Point, dx: number, dy: number): Point => ({ x: c.x + dx, y: c.y + dy });
const click = (page: Page, p: Point) => page.mouse.click(p.x, p.y);

async function drawPoint(page: Page, p: Point, name: string, kind: string) {
  await chooseTool(page, 'Point');
  await click(page, p);
  await nameNewPlace(page, name, kind);
}

/** Clicks each corner, then the first corner again to close the outline. */
async function drawArea(page: Page, corners: Point[], name: string, kind: string) {
  await chooseTool(page, 'Area');
  for (const c of corners) await click(page, c);
  await click(page, corners[0]!);
  await nameNewPlace(page, name, kind);
}

/** Geoman's rectangle and circle: click where they start, move, click where they end. */
async function drawTwoClicks(
  page: Page,
  tool: 'Rectangle' | 'Circle',
  from: Point,
  to: Point,
  name: string,
  kind: string,
) {
  await chooseTool(page, tool);
  await page.mouse.move(from.x, from.y);
  await click(page, from);
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await click(page, to);
  await nameNewPlace(page, name, kind);
}

async function drag(page: Page, from: Point, to: Point) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

/** Left edge and width, rounded. */
const edgesOf = (b: Box) => ({ x: Math.round(b.x), width: Math.round(b.width) });

/** Left edge and width, rounded; null while the layer is being rebuilt (for expect.poll). */
async function edges(locator: Locator): Promise<{ x: number; width: number } | null> {
  const b = await locator.boundingBox();
  return b && edgesOf(b);
}

async function boxOf(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

const placesHeading = (page: Page, n: number) =>
  expect(placesList(page).getByRole('heading', { name: `Places (${n})` })).toBeVisible();

test('draws a point, an area, a rectangle and a circle, each named with a kind; undo and redo each', async ({
  page,
}) => {
  const c = await openNewBoardMap(page);
  await expect(page.getByText('No places on the map yet.')).toBeVisible();

  await drawPoint(page, at(c, -160, -140), 'Bus shelter', 'Transport hub');
  await expect(points(page)).toHaveCount(1);
  await expect(page.locator('.map-canvas .place-label', { hasText: 'Bus shelter' })).toBeVisible();
  await drawArea(
    page,
    [at(c, -40, -180), at(c, 120, -180), at(c, 120, -60), at(c, -40, -60)],
    'Garage block',
    'Estate / stairwell',
  );
  await drawTwoClicks(
    page,
    'Rectangle',
    at(c, -200, 20),
    at(c, -80, 120),
    'School field',
    'School',
  );
  await drawTwoClicks(page, 'Circle', at(c, 120, 120), at(c, 170, 120), 'Skate park', 'Park');
  await expect(areas(page)).toHaveCount(3);
  await placesHeading(page, 4);
  // A circle is stored as an area: an outline of many corners (Leaflet draws fewer when small).
  const circle = await areas(page).nth(2).getAttribute('d');
  expect((circle ?? '').split('L').length).toBeGreaterThan(12);

  const undo = headerButton(page, 'Undo');
  const redo = headerButton(page, 'Redo');
  for (const [name, left] of [
    ['Skate park', 3],
    ['School field', 2],
    ['Garage block', 1],
    ['Bus shelter', 0],
  ] as const) {
    await undo.click();
    await expect(placeInList(page, name)).toHaveCount(0);
    await placesHeading(page, left);
  }
  await expect(points(page)).toHaveCount(0);
  await expect(areas(page)).toHaveCount(0);
  // The undone place was selected: its panel goes with it, leaving no ghost selection behind.
  await expect(details(page)).not.toContainText(/\d+ places? selected/);
  await expect(details(page).getByRole('heading', { name: 'About this board' })).toBeVisible();
  for (const [name, now] of [
    ['Bus shelter', 1],
    ['Garage block', 2],
    ['School field', 3],
    ['Skate park', 4],
  ] as const) {
    await redo.click();
    await expect(placeInList(page, name)).toBeVisible();
    await placesHeading(page, now);
  }
  await expect(points(page)).toHaveCount(1);
  await expect(areas(page)).toHaveCount(3);
});

test('moves the selected point by dragging and reshapes an area by a corner; undo and redo each', async ({
  page,
}) => {
  const c = await openNewBoardMap(page);
  await drawPoint(page, at(c, -150, -100), 'Bus shelter', 'Transport hub');
  const corner = at(c, 0, -160);
  await drawArea(
    page,
    [corner, at(c, 140, -160), at(c, 140, -40), at(c, 0, -40)],
    'Garage block',
    'Estate / stairwell',
  );
  const marker = points(page);
  // Only the selected place can be moved: the point is not draggable while the area is selected.
  await expect(marker).not.toHaveClass(/leaflet-marker-draggable/);
  await marker.click();
  await expect(placePanel(page, 'Bus shelter')).toBeVisible();
  await expect(marker).toHaveClass(/leaflet-marker-draggable/);
  await expect(marker).toHaveClass(/is-selected/);

  const before = await steadyBox(marker);
  const centre = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
  await drag(page, centre, at(centre, 90, 70));
  await expect
    .poll(async () => ((await edges(marker))?.x ?? before.x) - before.x, { message: 'moved' })
    .toBeGreaterThan(40);
  // Where the move left it, read once it is stored and the marker is redrawn from what was stored
  // and stands still (read at once, it could be mid-redraw: not there at all, or a pixel off).
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Move or reshape Bus shelter/);
  const moved = edgesOf(await steadyBox(marker));
  expect(moved.x - Math.round(before.x)).toBeGreaterThan(40);
  await headerButton(page, 'Undo').click();
  await expect.poll(async () => (await edges(marker))?.x).toBe(Math.round(before.x));
  await headerButton(page, 'Redo').click();
  await expect.poll(async () => (await edges(marker))?.x).toBe(moved.x);

  // Select the area (click inside it), then drag its first corner out.
  const area = areas(page);
  await click(page, at(c, 70, -100));
  await expect(placePanel(page, 'Garage block')).toBeVisible();
  const shape = edgesOf(await steadyBox(area));
  await drag(page, corner, at(corner, -60, -50));
  await expect.poll(async () => (await edges(area))?.width ?? 0).toBeGreaterThan(shape.width + 40);
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Move or reshape Garage block/);
  const reshaped = edgesOf(await steadyBox(area));
  expect(reshaped.width).toBeGreaterThan(shape.width + 40);
  await headerButton(page, 'Undo').click();
  await expect.poll(async () => (await edges(area))?.width).toBe(shape.width);
  await headerButton(page, 'Redo').click();
  await expect.poll(async () => (await edges(area))?.width).toBe(reshaped.width);
});

test("deletes a place from the map toolbar's Places menu and from its panel; undo and redo", async ({
  page,
}) => {
  const c = await openNewBoardMap(page);
  await drawPoint(page, at(c, -150, -100), 'Bus shelter', 'Transport hub');
  await drawArea(
    page,
    [at(c, 0, -160), at(c, 140, -160), at(c, 140, -40), at(c, 0, -40)],
    'Garage block',
    'Estate / stairwell',
  );
  await placesMenu(page, 'Delete selected place');
  await expect(placeInList(page, 'Garage block')).toHaveCount(0);
  await expect(areas(page)).toHaveCount(0);
  await headerButton(page, 'Undo').click();
  await expect(placeInList(page, 'Garage block')).toBeVisible();
  await expect(areas(page)).toHaveCount(1);
  await headerButton(page, 'Redo').click();
  await expect(areas(page)).toHaveCount(0);

  await placeInList(page, 'Bus shelter').click();
  await placePanel(page, 'Bus shelter')
    .getByRole('button', { name: 'Delete place Bus shelter' })
    .click();
  await expect(points(page)).toHaveCount(0);
  await placesHeading(page, 0);
  await headerButton(page, 'Undo').click();
  await expect(points(page)).toHaveCount(1);
  await placesHeading(page, 1);
});

test('an online space is listed and has a panel, but is not drawn on the map', async ({ page }) => {
  await openNewBoardMap(page);
  await placesMenu(page, 'Online space');
  const kinds = newPlaceForm(page).getByRole('combobox', { name: 'Kind of place' });
  await expect(kinds.getByRole('option')).toHaveText(['Online space']);
  await nameNewPlace(page, 'Year 10 group chat', 'Online space');
  await expect(placeInList(page, 'Year 10 group chat')).toHaveAccessibleName(
    /Year 10 group chat · Online space/,
  );
  await expect(placePanel(page, 'Year 10 group chat')).toContainText(
    'An online space has no shape',
  );
  await expect(points(page)).toHaveCount(0);
  await expect(areas(page)).toHaveCount(0);
  await expect(page.getByText('No places on the map yet.')).toBeVisible();
});

test('an outline that crosses itself is never stored, drawn or reshaped', async ({ page }) => {
  const c = await openNewBoardMap(page);
  const corner = at(c, -100, -100);
  await drawArea(
    page,
    [corner, at(c, 100, -100), at(c, 100, 100), at(c, -100, 100)],
    'Garage block',
    'Estate / stairwell',
  );
  const outline = await areas(page).getAttribute('d');

  // A bow tie: the corner that would make the outline cross is left out when the area is closed,
  // so what is stored is the triangle drawn so far, never a shape with no clear inside.
  await chooseTool(page, 'Area');
  for (const p of [at(c, 150, 150), at(c, 250, 250), at(c, 250, 150), at(c, 150, 250)])
    await click(page, p);
  // The refused corner is explained, not silently dropped.
  await expect(messages(page)).toContainText('An area cannot cross its own outline');
  await click(page, at(c, 150, 150));
  await nameNewPlace(page, 'Stairwell corner', 'Estate / stairwell');
  await placesHeading(page, 2);
  const triangle = (await areas(page).nth(1).getAttribute('d')) ?? '';
  expect(triangle.match(/L/g)).toHaveLength(2);
  await headerButton(page, 'Undo').click();
  await placesHeading(page, 1);

  // Dragging a corner across the far side is put back: the stored outline is unchanged.
  await areas(page).click();
  await expect(placePanel(page, 'Garage block')).toBeVisible();
  await drag(page, corner, at(c, 40, 160));
  await expect(areas(page)).toHaveAttribute('d', outline!);
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Add place Garage block/);
});

test('the place panel edits risk, time bands, guardians, agencies and the name', async ({
  page,
}) => {
  const c = await openNewBoardMap(page);
  await drawPoint(page, at(c, -100, -100), 'Brookside Parade', 'High street');
  const panel = placePanel(page, 'Brookside Parade');

  await panel.getByRole('combobox', { name: 'Risk level' }).selectOption({ label: 'Significant' });
  // The badge on the map takes the risk colour (riskFill.significant).
  await expect(points(page).locator('.place-badge')).toHaveCSS(
    'background-color',
    'rgb(224, 82, 82)',
  );

  const bands = panel.getByRole('group', { name: 'When it is a concern' });
  await bands.getByRole('button', { name: 'Weekdays' }).click();
  await bands.getByLabel('From').fill('15:00');
  await bands.getByLabel('To').fill('18:00');
  await bands.getByRole('button', { name: 'Add time band' }).click();
  await expect(bands.getByText('Weekdays 15:00–18:00')).toBeVisible();
  await bands.getByRole('checkbox', { name: 'Friday' }).check();
  await bands.getByRole('checkbox', { name: 'Saturday' }).check();
  await bands.getByLabel('From').fill('22:00');
  await bands.getByLabel('To').fill('22:00');
  await bands.getByRole('button', { name: 'Add time band' }).click();
  await expect(bands.getByRole('alert')).toHaveText(
    'From and to are the same time: give the band a start and an end',
  );
  await bands.getByLabel('To').fill('02:00');
  await bands.getByRole('button', { name: 'Add time band' }).click();
  await expect(bands.getByText('Fri, Sat 22:00–02:00 (overnight)')).toBeVisible();

  const guardians = panel.getByRole('group', { name: 'Guardians and place managers' });
  await guardians.getByLabel('Guardian’s name').fill('Shop staff along the Parade');
  await guardians.getByLabel('Role').fill('Place managers');
  await guardians.getByRole('button', { name: 'Add guardian' }).click();
  await expect(guardians.getByText('Shop staff along the Parade, Place managers')).toBeVisible();

  const agencies = panel.getByRole('group', { name: 'Responsible partner agencies' });
  await agencies.getByLabel('Agency').fill('Community safety');
  await agencies.getByLabel('Agency').press('Enter');
  await expect(agencies.getByText('Community safety', { exact: true })).toBeVisible();
  await agencies.getByRole('button', { name: 'Remove agency Community safety' }).click();
  await expect(agencies.getByText('None recorded.')).toBeVisible();

  const name = panel.getByRole('textbox', { name: 'Place name' });
  await name.fill('Brookside Parade shops');
  await name.press('Tab');
  await expect(placeInList(page, 'Brookside Parade shops')).toBeVisible();
  await expect(
    page.locator('.map-canvas .place-label', { hasText: 'Brookside Parade shops' }),
  ).toBeVisible();
  await expect(messages(page)).not.toContainText('could not');
});

test('exports the map as a PNG with its legend, big enough to project', async ({ page }, info) => {
  await start(page);
  await addTrainingBoard(page);
  await openBoard(page, TRAINING_TITLE);
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(mapCanvas(page)).toBeVisible();
  await expect(points(page).first()).toBeVisible();

  const legendButton = await mapTool(page, 'Legend');
  await legendButton.click();
  await expect(legendButton).toHaveAttribute('aria-pressed', 'true');
  const legend = page.getByRole('complementary', { name: 'Map legend' });
  // Each row is its swatch (the kind's letter, hidden from screen readers) and its words.
  await expect(legend.getByRole('listitem').filter({ hasText: /Transport hub$/ })).toBeVisible();
  await expect(
    legend.getByRole('listitem').filter({ hasText: 'Linked to the selection' }),
  ).toBeVisible();

  const downloading = page.waitForEvent('download');
  await (await mapTool(page, 'Export map as PNG')).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^Training-Harrowfield-peer-group-mapping-fictional-map-\d{4}-\d{2}-\d{2}\.png$/,
  );
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  // Twice the map's size on screen, with the legend beside it and the header above.
  const map = await boxOf(mapCanvas(page));
  expect(width).toBeGreaterThanOrEqual(2 * (map.width + 300));
  expect(height).toBeGreaterThanOrEqual(2 * (map.height + 150));
  expect(bytes.length).toBeGreaterThan(50_000);
  await info.attach('map.png', { body: bytes, contentType: 'image/png' });
  await expect(messages(page)).toContainText('Exported the map as a PNG image (full names).');

  await page.getByRole('button', { name: /^Presenter-safe/ }).click();
  const again = page.waitForEvent('download');
  await (await mapTool(page, 'Export map as PNG')).click();
  expect((await again).suggestedFilename()).toMatch(/-map-\d{4}-\d{2}-\d{2}\.png$/);
  await expect(messages(page)).toContainText(
    'Exported the map as a PNG image (names as initials: presenter-safe).',
  );
});
