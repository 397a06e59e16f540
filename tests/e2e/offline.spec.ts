import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { addTrainingBoard, boardCard, openBoard, start, TRAINING_TITLE } from './pages/app';
import { sketchLabel } from './pages/basemaps';
import { canvas, canvasWrap, peopleHeading } from './pages/board';

// The service worker is blocked in every other spec (playwright.config.ts); this one is about it.
test.use({ serviceWorkers: 'allow' });

const READY = 'A new version of Peers & Places is ready.';

declare global {
  interface Window {
    __sameDocument?: boolean;
  }
}

/**
 * The app is installed for offline use once its worker (which precaches everything) controls it.
 * It is registered once the first screen is up (five seconds after the board list has loaded).
 */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('with the network off, the app opens with its boards and draws a board', async ({
  page,
  context,
}) => {
  await start(page);
  await addTrainingBoard(page);
  await waitForOfflineReady(page);

  await context.setOffline(true);
  const served: { file: string; byWorker: boolean }[] = [];
  page.on('response', (r) =>
    served.push({ file: new URL(r.url()).pathname, byWorker: r.fromServiceWorker() }),
  );
  const reloaded = await page.reload();
  // Answered by the service worker: a browser offline has nothing else to open the page from.
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible();
  await expect(boardCard(page, TRAINING_TITLE)).toBeVisible();
  await expect(page.getByText(/^Boards use \d+(\.\d)? [KMG]B on this device\./)).toBeVisible();

  // The board page is a chunk of its own, never fetched before in this tab: it comes from the cache.
  await openBoard(page, TRAINING_TITLE);
  await expect(canvasWrap(page)).toHaveAttribute('data-drawn-nodes', /^[1-9]\d*$/);
  const people = await canvasWrap(page).getAttribute('data-drawn-nodes');
  await expect(canvas(page)).toHaveAccessibleName(new RegExp(`^Network of ${people} people and`));
  await expect(peopleHeading(page)).toHaveText(`People (${people})`);

  // The map's code too, and the training board's bundled sketch (no tile server: nothing fetched).
  await page.getByRole('button', { name: 'Network and map', exact: true }).click();
  await expect(sketchLabel(page, 'Station Road')).toBeVisible();
  // Every file came from the worker's cache (not the browser's HTTP cache), the map's code too.
  expect(served.filter((s) => !s.byWorker)).toEqual([]);
  expect(served.map((s) => s.file)).toContainEqual(
    expect.stringMatching(/^\/assets\/MapView-.+\.js$/),
  );
});

test('the web app manifest is served and valid, and its icons load', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href!);
  expect(response.ok()).toBe(true);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    theme_color: string;
    background_color: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest).toMatchObject({
    name: 'Peers & Places',
    short_name: 'Peers & Places',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0b5cad',
    background_color: '#ffffff',
  });
  const described = manifest.icons.map((i) => `${i.sizes} ${i.type} ${i.purpose}`);
  expect(described).toEqual(
    expect.arrayContaining([
      '192x192 image/png any',
      '512x512 image/png any',
      '512x512 image/png maskable',
    ]),
  );
  for (const icon of manifest.icons) {
    const file = await request.get(`/${icon.src}`);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type']).toContain(icon.type);
    if (icon.type !== 'image/png') continue;
    // A PNG's size is in its header (IHDR): width and height, big-endian, from byte 16.
    const png = await file.body();
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
  }
  // The tab's icon is the app's own, not an empty one.
  const favicon = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect((await request.get(favicon!)).ok()).toBe(true);
});

test('the service worker keeps every file of the build for offline use', async ({ request }) => {
  const outDir = process.env.PP_OUT_DIR || 'dist';
  const built = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .map((f) => relative(outDir, join(f.parentPath, f.name)).split('\\').join('/'))
    // The worker and its runtime are what the browser itself keeps; they precache the rest.
    .filter((f) => f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
  const worker = await (await request.get('/sw.js')).text();
  const precached = [...worker.matchAll(/\{url:"([^"]+)"/g)].map((m) => m[1]);
  expect(new Set(precached).size).toBe(precached.length);
  expect([...precached].sort()).toEqual([...built].sort());
  // Every route of this hash-routed app opens offline on the one page.
  expect(worker).toContain('createHandlerBoundToURL("index.html")');
});

test('a new version waits until the user chooses "Reload to update"', async ({ page }) => {
  await start(page);
  await waitForOfflineReady(page);
  const notice = page.getByRole('complementary', { name: 'New version' });
  // The first install replaces no older version: nothing to offer.
  await expect(notice).toHaveCount(0);
  await page.evaluate(() => (window.__sameDocument = true));

  // A new build: the same worker with one line more is a new version to the browser. The served
  // file is changed on disk (the browser fetches a worker's script past any routing), then put back.
  const swFile = join(process.env.PP_OUT_DIR || 'dist', 'sw.js');
  const NEXT = '\n// next version\n';
  // (Stripped first, should a run of this test in another worker be midway.)
  const built = readFileSync(swFile, 'utf8').replace(NEXT, '');
  writeFileSync(swFile, built + NEXT);
  try {
    // What the browser does on a later visit (and the app when it comes back into view).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
  } finally {
    writeFileSync(swFile, built);
  }

  await expect(notice.getByRole('status')).toHaveText(READY);
  // Nothing reloaded by itself: the same page, with the new version waiting.
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  expect(
    await page.evaluate(async () =>
      Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
    ),
  ).toBe(true);

  // "Update later" puts it off; the next offer (another look for updates) is on a fresh load.
  await notice.getByRole('button', { name: 'Update later' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  // Offered again once the app looks at its service worker: five seconds after the list loads.
  await expect(notice.getByRole('status')).toHaveText(READY, { timeout: 30_000 });

  await page.evaluate(() => (window.__sameDocument = true));
  const loaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: 'Reload to update' }).click();
  await loaded;
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible();
  expect(await page.evaluate(() => window.__sameDocument)).toBeUndefined();
  await expect(notice).toBeHidden();
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(registration?.waiting), active: Boolean(registration?.active) };
    }),
  ).toEqual({ waiting: false, active: true });
});
