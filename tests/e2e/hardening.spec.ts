import { expect, test, type Page } from '@playwright/test';
import { encodePng } from '../fixtures/makePmtiles.mjs';
import { mapCanvas, openTrainingMap, useTiles } from './pages/basemaps';

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
