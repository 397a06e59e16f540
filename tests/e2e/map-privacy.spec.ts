import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { encodePng, makeHarrowfieldVectorPmtiles } from '../fixtures/makePmtiles.mjs';
import {
  chooseBasemap,
  drawnPmtiles,
  floorPlan,
  harrowfieldPmtiles,
  mapCanvas,
  openTrainingMap,
  sketchLabel,
  useImage,
  usePmtiles,
  useTiles,
} from './pages/basemaps';

/**
 * Nothing leaves the device unless the user picks a tile server: every request the page makes is
 * recorded, and with the plain grid, the sketch, an offline PMTiles map and an image each one must
 * go to the app's own address. With a tile server, the only other requests are its tiles.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

/** Every request the page makes, from before the app loads. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** Requests to anywhere but the app's own origin (object and data URLs never leave the page). */
function offDevice(urls: readonly string[], appOrigin: string): string[] {
  return urls.filter((u) => {
    if (u.startsWith('blob:') || u.startsWith('data:')) return false;
    return new URL(u).origin !== appOrigin;
  });
}

test('the plain grid, the sketch, offline maps (picture and vector tiles) and an image make no request off the device', async ({
  page,
  baseURL,
}) => {
  const urls = recordRequests(page);
  const appOrigin = new URL(baseURL!).origin;
  expect(new URL(appOrigin).hostname).toBe('127.0.0.1');

  await openTrainingMap(page);
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();

  await chooseBasemap(page, 'Plain grid (no map)');
  await expect(mapCanvas(page).locator('.plain-grid canvas.leaflet-tile').first()).toBeVisible();

  await usePmtiles(page, harrowfieldPmtiles());
  await expect(drawnPmtiles(page).first()).toBeVisible();
  // Pan and zoom, so tiles beyond the first view are read too.
  await mapCanvas(page).focus();
  await page.keyboard.press('Equal');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(drawnPmtiles(page).first()).toBeVisible();

  // Vector tiles too: protomaps-leaflet paints them with the system's fonts, fetching nothing.
  await usePmtiles(page, {
    name: 'harrowfield-vector.pmtiles',
    mimeType: 'application/octet-stream',
    buffer: makeHarrowfieldVectorPmtiles(),
  });
  await expect(
    mapCanvas(page).locator('.basemap-pmtiles canvas.leaflet-tile-loaded').first(),
  ).toBeVisible();

  await useImage(page, floorPlan());
  await expect(mapCanvas(page).locator('img.basemap-image')).toBeVisible();

  // Back to the sketch once more, after the map has been torn down and built again.
  await chooseBasemap(page, 'Harrowfield sketch (fictional, for training)');
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(urls.length).toBeGreaterThan(5);
  expect(offDevice(urls, appOrigin)).toEqual([]);
});

test.describe('with a tile server', () => {
  let server: Server;
  let tileOrigin = '';
  const served: { path: string; referer: string | undefined }[] = [];
  // One small picture, served for every tile address.
  const tile = encodePng(256, 256, Buffer.alloc(256 * 256 * 3, 0xd8));

  test.beforeAll(async () => {
    server = createServer((req, res) => {
      served.push({ path: req.url ?? '', referer: req.headers.referer });
      if (!/^\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '')) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'image/png' }).end(tile);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    tileOrigin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  test.afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('tiles are asked for only from the chosen server, with no referrer, and its credit shows', async ({
    page,
    baseURL,
  }) => {
    const urls = recordRequests(page);
    const appOrigin = new URL(baseURL!).origin;
    expect(tileOrigin).not.toBe(appOrigin);
    await openTrainingMap(page);

    const form = await useTiles(page, `${tileOrigin}/{z}/{x}/{y}.png`, '© Local test tiles');
    await expect(form).toBeHidden();
    // The page's image policy was set for the sketch; a new tile server is allowed after a reload.
    await page.getByRole('alert').getByRole('button', { name: 'Reload' }).click();
    await page.getByRole('button', { name: 'Network and map', exact: true }).click();
    await expect(mapCanvas(page).locator('.basemap-credit')).toHaveText('© Local test tiles');
    const drawn = mapCanvas(page).locator('.basemap-tiles img.leaflet-tile-loaded');
    await expect(drawn.first()).toBeVisible();
    await page.waitForLoadState('networkidle');

    const away = offDevice(urls, appOrigin);
    expect(away.length).toBeGreaterThan(3);
    for (const url of away) {
      expect(new URL(url).origin, url).toBe(tileOrigin);
      expect(new URL(url).pathname, url).toMatch(/^\/\d+\/\d+\/\d+\.png$/);
    }
    expect(served.length).toBeGreaterThan(3);
    expect(served.filter((s) => s.referer !== undefined)).toEqual([]);

    // Switching back to the sketch stops the requests.
    await chooseBasemap(page, 'Harrowfield sketch (fictional, for training)');
    await expect(sketchLabel(page, 'Station Road')).toBeVisible();
    const before = served.length;
    await mapCanvas(page).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Minus');
    await page.waitForLoadState('networkidle');
    expect(served.length).toBe(before);
  });
});
