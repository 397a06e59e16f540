import { expect, test, type Page } from '@playwright/test';
import { headerButton } from './pages/app';
import {
  basemapTool,
  brokenPng,
  chooseBasemap,
  drawnPmtiles,
  floorPlan,
  harrowfieldPmtiles,
  mapCanvas,
  openTrainingMap,
  sketchLabel,
  storedBasemap,
  useImage,
  usePmtiles,
  useTiles,
} from './pages/basemaps';
import { storedRecords } from './pages/board';
import { mapTools } from './pages/mapTools';
import { steadyBox } from './pages/settle';

/**
 * Basemaps chosen through the map toolbar's Basemap menu, in Chromium: the training board's
 * sketch, the plain grid, an offline PMTiles file the project generates, a floor plan image, and
 * the bad inputs that must leave the stored board as it was. Tiles from a server are in
 * map-privacy.spec.ts, with the local tile server they need.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

/** The plain grid's drawn tiles. */
const grid = (page: Page) => mapCanvas(page).locator('.plain-grid canvas.leaflet-tile').first();

test('the training board opens on its sketch; the plain grid and back are each one undo step', async ({
  page,
}) => {
  await openTrainingMap(page);
  await expect(await basemapTool(page)).toHaveText('Basemap: Harrowfield sketch');
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();
  await expect(sketchLabel(page, 'Kestrel Road')).toBeVisible();
  await expect(grid(page)).toHaveCount(0);

  await chooseBasemap(page, 'Plain grid (no map)');
  await expect(await basemapTool(page)).toHaveText('Basemap: Plain grid');
  await expect(grid(page)).toBeVisible();
  await expect(sketchLabel(page, 'Station Road')).toHaveCount(0);
  expect((await storedBasemap(page)).basemap).toEqual({ kind: 'none' });

  await headerButton(page, 'Undo').click();
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();
  await expect(grid(page)).toHaveCount(0);
  expect((await storedBasemap(page)).basemap).toEqual({ kind: 'sketch' });
});

test('the Basemap menu works from the keyboard and marks the basemap in use', async ({ page }) => {
  await openTrainingMap(page);
  await (await basemapTool(page)).focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Basemap' });
  await expect(menu.getByRole('menuitemradio', { name: /Harrowfield sketch/ })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(menu.getByRole('menuitemradio', { name: 'Plain grid (no map)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(grid(page)).toBeVisible();
  await expect(await basemapTool(page)).toBeFocused();
});

test('an offline PMTiles map is stored with the board and drawn with no network', async ({
  page,
}) => {
  await openTrainingMap(page);
  const file = harrowfieldPmtiles();
  const form = await usePmtiles(page, file);
  await expect(form).toBeHidden();
  await expect(await basemapTool(page)).toHaveText('Basemap: Offline map: harrowfield.pmtiles');
  await expect(drawnPmtiles(page).first()).toBeVisible();
  expect(await drawnPmtiles(page).count()).toBeGreaterThan(3);
  // The archive's own credit, shown as text.
  await expect(mapCanvas(page).locator('.basemap-credit')).toHaveText(
    'Harrowfield test map (fictional)',
  );
  const stored = await storedBasemap(page);
  expect(stored.basemap).toMatchObject({ kind: 'pmtiles', fileName: 'harrowfield.pmtiles' });
  expect(stored.files).toEqual([
    { fileName: 'harrowfield.pmtiles', size: file.buffer.length, kind: 'pmtiles' },
  ]);

  // Still there after a reload: the map is read from this browser's storage.
  await page.reload();
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(drawnPmtiles(page).first()).toBeVisible();

  // Switching away deletes the file; one undo brings back both the file and the choice.
  await chooseBasemap(page, 'Harrowfield sketch (fictional, for training)');
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();
  expect((await storedBasemap(page)).files).toEqual([]);
  await headerButton(page, 'Undo').click();
  await expect(drawnPmtiles(page).first()).toBeVisible();
  expect((await storedBasemap(page)).files).toHaveLength(1);
});

test('a floor plan image fills the map in flat coordinates; places are drawn on it in pixels', async ({
  page,
}) => {
  await openTrainingMap(page);
  const form = await useImage(page, floorPlan(1200, 800));
  await expect(form).toBeHidden();
  await expect(await basemapTool(page)).toHaveText('Basemap: Image: school-floor-plan.png');
  const image = mapCanvas(page).locator('img.basemap-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  // It fills the view (zoom moves in quarter steps, so up to a sixth may be left).
  const map = (await mapCanvas(page).boundingBox())!;
  const box = (await image.boundingBox())!;
  expect(Math.max(box.width / map.width, box.height / map.height)).toBeGreaterThan(0.75);

  // The training board's places are on the geographic map, so none is drawn on the image.
  await expect(mapCanvas(page).locator('.place-point')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'not shown on this image' })).toHaveText(
    '6 places are drawn on the geographic map and are not shown on this image',
  );
  expect((await storedBasemap(page)).basemap).toEqual({
    kind: 'image',
    fileName: 'school-floor-plan.png',
    blobId: expect.any(String) as unknown,
    width: 1200,
    height: 800,
  });

  // A point drawn a quarter of the way in from the top-left is stored at that pixel of the plan.
  await mapTools(page).getByRole('button', { name: 'Places', exact: true }).click();
  await page.getByRole('menuitemradio', { name: 'Point' }).click();
  await expect(page.locator('.map-canvas.is-drawing')).toBeVisible();
  // Measured again once it stands still: the toolbar may have reflowed since, and Leaflet animates
  // the map to its new size.
  const now = await steadyBox(image);
  await page.mouse.click(now.x + now.width / 4, now.y + now.height / 4);
  await page.getByLabel('Name of new place').fill('Stairwell B');
  await page.keyboard.press('Enter');
  await expect(mapCanvas(page).locator('.place-point')).toHaveCount(1);
  const place = (
    await storedRecords<{
      name: string;
      coordinateSpace: string;
      geometry: { coordinates: number[] };
    }>(page, 'places')
  ).find((p) => p.name === 'Stairwell B');
  expect(place?.coordinateSpace).toBe('image');
  const [x, y] = place!.geometry.coordinates as [number, number];
  expect(Math.abs(x - 300)).toBeLessThan(12);
  expect(Math.abs(y - 200)).toBeLessThan(12);

  // Back on the sketch, the image's place is the one not shown.
  await chooseBasemap(page, 'Harrowfield sketch (fictional, for training)');
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'not shown on this map' })).toHaveText(
    '1 place is drawn on a background image and is not shown on this map',
  );
});

test('a tile address without {z} is refused with a message; nothing stored changes', async ({
  page,
}) => {
  await openTrainingMap(page);
  const before = await storedBasemap(page);
  const form = await useTiles(page, 'https://tiles.example.org/{x}/{y}.png', '© Example');
  await expect(form.getByRole('alert')).toHaveText(
    'The address must contain {z}, {x} and {y}, where the zoom and tile numbers go; it has no {z}',
  );
  await expect(form).toBeVisible();
  await form.getByLabel('Tile address').fill('file:///C:/maps/{z}/{x}/{y}.png');
  await form.getByRole('button', { name: 'Use these tiles' }).click();
  await expect(form.getByRole('alert')).toContainText('must start with https://');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();
  expect(await storedBasemap(page)).toEqual(before);
  await expect(await basemapTool(page)).toHaveText('Basemap: Harrowfield sketch');
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();
});

test('a text file chosen as a PMTiles map is refused with a message; nothing stored changes', async ({
  page,
}) => {
  await openTrainingMap(page);
  const before = await storedBasemap(page);
  const form = await usePmtiles(page, {
    name: 'meeting-minutes.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('Minutes of the strategy meeting held at the youth centre. '.repeat(20)),
  });
  await expect(form.getByRole('alert')).toContainText(
    '“meeting-minutes.txt” is not a PMTiles map file',
  );
  expect(await storedBasemap(page)).toEqual(before);
  await expect(await basemapTool(page)).toHaveText('Basemap: Harrowfield sketch');
});

test('a damaged image, a huge one and a file that is not an image are refused; nothing stored changes', async ({
  page,
}) => {
  await openTrainingMap(page);
  const before = await storedBasemap(page);

  const form = await useImage(page, brokenPng());
  await expect(form.getByRole('alert')).toContainText(
    '“scan-of-map.png” could not be read as an image',
  );

  const input = form.getByLabel('Background image');
  await input.setInputFiles({
    name: 'panorama.png',
    mimeType: 'image/png',
    buffer: floorPlan(16_001, 2).buffer,
  });
  await expect(form.getByRole('alert')).toContainText(
    '“panorama.png” is 16,001 × 2 pixels: too large to draw',
  );

  await input.setInputFiles({
    name: 'referral.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7 not a picture'),
  });
  await expect(form.getByRole('alert')).toContainText('“referral.pdf” is not an image');

  expect(await storedBasemap(page)).toEqual(before);
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();
});
