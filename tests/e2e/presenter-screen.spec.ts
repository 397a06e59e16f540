import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { addTrainingBoard, headerTool, openBoard, start, TRAINING_TITLE } from './pages/app';
import { floorPlan, mapCanvas, useImage } from './pages/basemaps';
import {
  canvas,
  canvasWrap,
  peopleList,
  type Point,
  personIdByName,
  selectInList,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

/**
 * The presenter screen: a second window for the projector that follows the chair's board, view,
 * selection, focus, viewport and meeting step, with presenter-safe names only, and that is safe to
 * close from either side.
 */

interface FixturePerson {
  id: string;
  displayName: string;
  fullName: string;
  initials: string;
}
const fixture = JSON.parse(readFileSync('fixtures/training-board.json', 'utf8')) as {
  tables: { people: FixturePerson[] };
};
const people = fixture.tables.people;
/** Every full or shown name of the training board's people (the projector may show none). */
const fullNames = [
  ...new Set(people.flatMap((p) => [p.displayName, p.fullName]).filter((n) => n.length > 3)),
];

/**
 * Runs in every window before the app: in a presenter window, records each text that reaches the
 * DOM and each label drawn on a canvas, from the very first frame, so an instant is enough to fail.
 */
function watchPresenterText(names: readonly string[]): void {
  const w = window as unknown as { __shownNames: string[] };
  w.__shownNames = [];
  const presenting = () => location.hash.startsWith('#/present/');
  const check = (text: string | null | undefined) => {
    if (!text || !presenting()) return;
    for (const n of names) if (text.includes(n)) w.__shownNames.push(n);
  };
  // Cytoscape draws labels into offscreen canvases where the browser has them.
  type Draw = (this: unknown, text: string, ...at: number[]) => void;
  const contexts = [CanvasRenderingContext2D, globalThis.OffscreenCanvasRenderingContext2D];
  for (const proto of contexts.map((c) => c?.prototype as object | undefined)) {
    for (const name of ['fillText', 'strokeText'] as const) {
      if (!proto) continue;
      const original = (proto as Record<typeof name, Draw>)[name];
      const watched: Draw = function (text, ...at) {
        check(String(text));
        original.call(this, text, ...at);
      };
      Reflect.set(proto, name, watched);
    }
  }
  new MutationObserver((records) => {
    for (const r of records) {
      check(r.target.textContent);
      if (r.target instanceof Element)
        for (const a of r.target.getAttributeNames()) check(r.target.getAttribute(a));
      r.addedNodes.forEach((n) => check(n.textContent));
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  check(document.title);
}

const shownNames = (presenter: Page) =>
  presenter.evaluate(() => (window as unknown as { __shownNames: string[] }).__shownNames);

const openButton = (page: Page) => page.getByRole('button', { name: 'Open presenter screen' });
const closeButton = (page: Page) => page.getByRole('button', { name: 'Close presenter screen' });
const waiting = (presenter: Page) =>
  presenter.getByRole('status').filter({ hasText: 'Waiting for the chair’s screen' });

async function openTraining(page: Page, context: BrowserContext): Promise<string> {
  await context.addInitScript(watchPresenterText, fullNames);
  await start(page);
  await addTrainingBoard(page);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, people.length);
  return boardId;
}

/** The header's More panel, closed again if a tool was reached through it. */
async function closeHeaderMore(page: Page): Promise<void> {
  const more = page.locator('header.app-header').getByRole('button', { name: 'More board tools' });
  if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) === 'true')
    await more.click();
}

/** Opens the presenter screen from the header (or its More panel, where it folds on a laptop). */
async function openPresenter(page: Page, context: BrowserContext): Promise<Page> {
  const opened = context.waitForEvent('page');
  await (await headerTool(page, 'Open presenter screen')).click();
  const presenter = await opened;
  await waitForTestApi(presenter);
  await waitForDrawn(presenter, people.length);
  await closeHeaderMore(page);
  await expect(await headerTool(page, 'Close presenter screen')).toBeVisible();
  await closeHeaderMore(page);
  return presenter;
}

const viewButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Views' }).getByRole('button', { name, exact: true });

const drawnSelected = (page: Page, id: string) =>
  page.evaluate((id) => window.__pp?.isDrawnSelected(id) ?? false, id);
const drawnVisible = (page: Page, id: string) =>
  page.evaluate((id) => window.__pp?.isDrawnVisible(id) ?? false, id);
const labelOf = (page: Page, id: string) =>
  page.evaluate((id) => window.__pp?.nodeLabel(id) ?? null, id);
/** Whether a person is drawn inside the visible diagram on this screen. */
async function inView(page: Page, personId: string): Promise<boolean> {
  const box = await canvasWrap(page).boundingBox();
  const p = await page.evaluate((id) => window.__pp?.nodeScreenPosition(id) ?? null, personId);
  if (!box || !p) return false;
  return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
}
const extentOf = (page: Page) => page.evaluate(() => window.__pp?.visibleExtent() ?? null);
const middle = (e: { x1: number; y1: number; x2: number; y2: number } | null) =>
  e ? { x: Math.round((e.x1 + e.x2) / 2), y: Math.round((e.y1 + e.y2) / 2) } : null;

test('the presenter screen follows the chair with presenter-safe names only', async ({
  page,
  context,
}) => {
  const boardId = await openTraining(page, context);
  const kyle = people.find((p) => p.displayName === 'Kyle Brennan')!;
  const kyleId = await personIdByName(page, boardId, kyle.displayName);
  const presenter = await openPresenter(page, context);

  // The chair keeps full names; the projector shows initials, and nothing to press or read.
  await expect.poll(() => labelOf(page, kyleId)).toBe('Kyle Brennan');
  await expect.poll(() => labelOf(presenter, kyleId)).toBe(kyle.initials);
  // No map controls either (its places are drawn as markers, which the pointer cannot reach).
  await expect(presenter.getByRole('button', { name: /zoom/i })).toHaveCount(0);
  await expect(presenter.getByRole('textbox')).toHaveCount(0);
  await expect(presenter.getByRole('listbox')).toHaveCount(0);

  // Selection: Kyle picked in the chair's People list is selected on the projector.
  await selectInList(page, ['Kyle Brennan']);
  await expect.poll(() => drawnSelected(presenter, kyleId)).toBe(true);

  // Focus: F shows only Kyle's neighbourhood on both screens.
  await canvas(page).focus();
  await page.keyboard.press('f');
  const hiddenOnChair = await page.evaluate(
    (ids) => ids.filter((id) => !window.__pp?.isDrawnVisible(id)),
    await Promise.all(people.map((p) => personIdByName(page, boardId, p.displayName))),
  );
  expect(hiddenOnChair.length).toBeGreaterThan(0);
  for (const id of hiddenOnChair) await expect.poll(() => drawnVisible(presenter, id)).toBe(false);
  await expect.poll(() => drawnVisible(presenter, kyleId)).toBe(true);

  // Viewport: the projector centres on what the chair's window centres on.
  await page.keyboard.press('f');
  await page.keyboard.press('f');
  await page.keyboard.press('f');
  await canvas(page).hover();
  await page.mouse.wheel(0, -400);
  await expect
    .poll(async () => JSON.stringify(middle(await extentOf(presenter))))
    .toBe(JSON.stringify(middle(await extentOf(page))));

  // View: the map on the chair's screen is the map on the projector, without its tools.
  await expect.poll(() => inView(page, kyleId)).toBe(true);
  await viewButton(page, 'Map').click();
  await expect(presenter.getByRole('region', { name: 'Map' })).toBeVisible();
  await expect(canvasWrap(presenter)).toBeHidden();
  await expect(presenter.getByRole('toolbar')).toHaveCount(0);
  await viewButton(page, 'Network and map').click();
  await expect(canvasWrap(presenter)).toBeVisible();
  // What the chair saw before the map is still in view beside it.
  await expect.poll(() => inView(page, kyleId)).toBe(true);
  await expect(presenter.getByRole('region', { name: 'Map' })).toBeVisible();
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await expect(presenter.locator('.map-canvas [data-place-id]').first()).toBeVisible();
  await presenter.screenshot({ path: 'test-results/presenter-network-and-map-1920.png' });
  // No map controls either (its places are drawn as markers, which the pointer cannot reach).
  await expect(presenter.getByRole('button', { name: /zoom/i })).toHaveCount(0);
  await viewButton(page, 'Network').click();
  await expect(presenter.getByRole('region', { name: 'Map' })).toHaveCount(0);

  // Meeting step: the projector names the agenda item under discussion, presenter-safe.
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start meeting' });
  await dialog.getByLabel('Attendee 1 name').fill('Jo Hartley');
  await dialog.getByLabel('Attendee 1 agency').fill('Community safety');
  await dialog.getByRole('button', { name: 'Start meeting' }).click();
  await expect(dialog).toBeHidden();
  const caption = presenter.locator('.presenter-step');
  await expect(caption).toHaveText(/^Item 1 of \d+: /);
  await canvas(page).focus();
  await page.keyboard.press('PageDown');
  await expect(caption).toHaveText(/^Item 2 of \d+: /);
  // Stepping on to the first person: shown by initials on the projector.
  let n = 2;
  while (!(await page.locator('.meeting-step').innerText()).includes('Kyle Brennan') && n < 10) {
    await canvas(page).focus();
    await page.keyboard.press('PageDown');
    n += 1;
    await expect(caption).toHaveText(new RegExp(`^Item ${n} of \\d+: `));
  }
  await expect(caption).toHaveText(new RegExp(`^Item ${n} of \\d+: ${kyle.initials}$`));

  // The screenshot of the projector, for a look at it.
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await expect
    .poll(async () => JSON.stringify(middle(await extentOf(presenter))))
    .toBe(JSON.stringify(middle(await extentOf(page))));
  await presenter.screenshot({ path: 'test-results/presenter-screen-1920.png' });

  expect(await shownNames(presenter)).toEqual([]);

  // "Close presenter screen" closes the window.
  const closed = presenter.waitForEvent('close');
  await closeButton(page).click();
  await closed;
  await expect(openButton(page)).toBeVisible();
  expect(await page.evaluate(() => window.__pp?.nodeLabel !== undefined)).toBe(true);
});

test('closing or reloading either window is safe, and names never reach the projector', async ({
  page,
  context,
}) => {
  const boardId = await openTraining(page, context);
  const kyleId = await personIdByName(page, boardId, 'Kyle Brennan');
  let presenter = await openPresenter(page, context);

  // The presenter closed by hand: the chair's screen only says so.
  await presenter.close();
  await expect(openButton(page)).toBeVisible();
  await expect(peopleList(page).getByRole('option')).toHaveCount(people.length);

  // Opened again; the chair's window reloads: the projector waits over a blank diagram, then
  // picks up again when the board is open.
  presenter = await openPresenter(page, context);
  // Watched from inside the projector's page: the chair's window may be back (and the diagram
  // with it) before a test could look, so what counts is that the waiting showed, with no diagram.
  await presenter.evaluate(() => {
    const seen = window as unknown as { __waitedBare?: boolean };
    seen.__waitedBare = false;
    new MutationObserver(() => {
      if (document.querySelector('.presenter-waiting') && !document.querySelector('.canvas-wrap'))
        seen.__waitedBare = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await expect
    .poll(() =>
      presenter.evaluate(() => (window as unknown as { __waitedBare?: boolean }).__waitedBare),
    )
    .toBe(true);
  await waitForDrawn(page, people.length);
  await waitForDrawn(presenter, people.length);
  await expect(closeButton(page)).toBeVisible();
  await expect(waiting(presenter)).toHaveCount(0);

  // The presenter reloads: it asks the chair's window and follows again.
  await presenter.reload();
  await waitForTestApi(presenter);
  await waitForDrawn(presenter, people.length);
  await selectInList(page, ['Kyle Brennan']);
  await expect.poll(() => drawnSelected(presenter, kyleId)).toBe(true);
  expect(await shownNames(presenter)).toEqual([]);

  // The chair goes back to the board list: nothing of the board stays on the projector.
  await page.getByRole('button', { name: '← All boards' }).click();
  await expect(waiting(presenter)).toBeVisible();
  await expect(canvasWrap(presenter)).toHaveCount(0);
  await presenter.screenshot({ path: 'test-results/presenter-waiting.png' });
  expect(await shownNames(presenter)).toEqual([]);
});

const STAIRWELL = 'Tannery Court, block C stairwell';

/**
 * Where each place (and a floor plan's corners) is drawn on a window's map, from the map's middle,
 * and the map's size.
 */
interface MapDrawing {
  width: number;
  height: number;
  places: Record<string, { x: number; y: number }>;
}

const mapDrawing = (page: Page) =>
  page.evaluate((): MapDrawing | null => {
    const map = document.querySelector('.map-canvas');
    if (!map) return null;
    const box = map.getBoundingClientRect();
    const places: MapDrawing['places'] = {};
    const mx = box.left + box.width / 2;
    const my = box.top + box.height / 2;
    // A point's badge, or an area's name: a marker icon holding the place's label.
    for (const icon of map.querySelectorAll('.leaflet-marker-icon')) {
      const id = icon.querySelector('[data-place-id]')?.getAttribute('data-place-id');
      if (!id) continue;
      const r = icon.getBoundingClientRect();
      places[id] = { x: r.left + r.width / 2 - mx, y: r.top + r.height / 2 - my };
    }
    // A floor plan's corners and middle count as places.
    const plan = map.querySelector('img.basemap-image')?.getBoundingClientRect();
    if (plan) {
      places['plan top left'] = { x: plan.left - mx, y: plan.top - my };
      places['plan middle'] = {
        x: plan.left + plan.width / 2 - mx,
        y: plan.top + plan.height / 2 - my,
      };
      places['plan bottom right'] = { x: plan.right - mx, y: plan.bottom - my };
    }
    return { width: box.width, height: box.height, places };
  });

const inside = (d: MapDrawing, at: { x: number; y: number }) =>
  Math.abs(at.x) < d.width / 2 && Math.abs(at.y) < d.height / 2;

/**
 * Whether the projector's map shows the area the chair's map shows: the same middle, and every
 * place drawn where the chair's map puts it, scaled to the projector's map.
 * That scale is the chair's zoom made to fit the other size: the chair's area is fitted in whole,
 * so the smaller of the two size ratios, less at most a quarter zoom step (2^-0.25 = 0.84).
 */
async function sameArea(chair: Page, presenter: Page): Promise<string> {
  const [c, p] = await Promise.all([mapDrawing(chair), mapDrawing(presenter)]);
  if (!c || !p) return 'no map';
  // Leaflet draws every marker, in view or not: all of them are compared, and one at least is seen.
  const seen = Object.keys(c.places).filter((id) => p.places[id]);
  if (seen.length < 2 || !seen.some((id) => inside(c, c.places[id]!)))
    return 'no place in the chair’s view';
  // The scale that best lays the chair's places onto the projector's (least squares).
  let dot = 0;
  let norm = 0;
  for (const id of seen) {
    const a = c.places[id]!;
    const b = p.places[id]!;
    dot += a.x * b.x + a.y * b.y;
    norm += a.x * a.x + a.y * a.y;
  }
  const scale = dot / norm;
  const fitted = Math.min(p.width / c.width, p.height / c.height);
  const worst = Math.max(
    ...seen.map((id) =>
      Math.hypot(
        p.places[id]!.x - scale * c.places[id]!.x,
        p.places[id]!.y - scale * c.places[id]!.y,
      ),
    ),
  );
  const ratio = scale / fitted;
  return ratio > 0.83 && ratio < 1.01 && worst <= 3
    ? 'same area'
    : `scale ${ratio.toFixed(3)} of the fitted one, a place ${worst.toFixed(1)} px out`;
}

/** The map's drawing once it stands still (Leaflet ignores a drag while a zoom animates). */
async function steadyDrawing(page: Page): Promise<MapDrawing> {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await mapDrawing(page));
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return JSON.parse(last) as MapDrawing;
}

/** Drags the map with the mouse from a point (page pixels) by an offset, as a chair pans it. */
async function dragMap(page: Page, from: Point, by: Point): Promise<void> {
  const before = await steadyDrawing(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + by.x, from.y + by.y, { steps: 8 });
  await page.mouse.up();
  // It moved the map (by as much again with Leaflet's inertia, at most).
  const [id, was] = Object.entries(before.places)[0]!;
  await expect
    .poll(async () => {
      const now = (await mapDrawing(page))!.places[id]!;
      return Math.hypot(now.x - was.x, now.y - was.y) / Math.hypot(by.x, by.y);
    })
    .toBeGreaterThan(0.9);
}

test('the projector’s map shows the area the chair’s map shows', async ({ page, context }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTraining(page, context);

  // The chair shows the map, brings the stairwell to the middle by dragging the map beside it,
  // zooms in with the map's button and pans from the keyboard, before the projector is opened.
  await viewButton(page, 'Map').click();
  const chairMap = page.getByRole('application', { name: /^Map of / });
  await expect(chairMap).toBeVisible();
  const label = page.locator('.map-canvas .place-label', { hasText: STAIRWELL });
  const placeId = (await label.getAttribute('data-place-id'))!;
  const box = (await chairMap.boundingBox())!;
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await expect.poll(async () => (await mapDrawing(page))?.places[placeId]).toBeTruthy();
  // Dragged again by what is left when a loaded machine hands Leaflet a fling (its inertia then
  // carries the map on past the middle).
  await expect(async () => {
    const at = (await steadyDrawing(page)).places[placeId]!;
    if (Math.round(Math.abs(at.x)) >= 5)
      await dragMap(page, { x: middle.x + at.x - 45, y: middle.y + at.y }, { x: -at.x, y: -at.y });
    expect(Math.round(Math.abs((await steadyDrawing(page)).places[placeId]!.x))).toBeLessThan(5);
  }).toPass();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await chairMap.focus();
  await page.keyboard.press('ArrowRight');

  // A projector opened now shows that area at once, fitted to its own size.
  const presenter = await openPresenter(page, context);
  await expect(presenter.getByRole('region', { name: 'Map' })).toBeVisible();
  await expect.poll(() => sameArea(page, presenter)).toBe('same area');

  // Zoomed from the keyboard and dragged: the projector follows.
  await chairMap.focus();
  await page.keyboard.press('+');
  await dragMap(page, { x: middle.x, y: box.y + box.height - 60 }, { x: -100, y: -40 });
  await expect.poll(() => sameArea(page, presenter)).toBe('same area');
  // Not the whole town any more: some places are out of the projector's view too.
  const shown = (await mapDrawing(presenter))!;
  expect(Object.values(shown.places).some((p) => !inside(shown, p))).toBe(true);
  expect(inside(shown, shown.places[placeId]!)).toBe(true);

  // A place picked on the chair's map is picked on the projector's.
  const marker = (p: Page) =>
    p.locator('.map-canvas .place-point', { has: p.locator(`[data-place-id="${placeId}"]`) });
  // By its name (the stairwell's incidents are drawn over its badge), with the mouse where it is:
  // a locator's click would first scroll the name's far end into view, and the page with it.
  const name = (await label.boundingBox())!;
  await page.mouse.click(name.x + 20, name.y + name.height / 2);
  await expect(marker(page)).toHaveClass(/\bis-selected\b/);
  const presented = marker(presenter);
  await expect(presented).toHaveClass(/\bis-selected\b/);

  // Beside the network the chair's map is narrower; the projector still shows what it shows,
  // and keeps it when its own window changes size.
  await viewButton(page, 'Network and map').click();
  await expect(canvasWrap(presenter)).toBeVisible();
  await expect.poll(() => sameArea(page, presenter)).toBe('same area');
  await presenter.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => sameArea(page, presenter)).toBe('same area');
  await page.screenshot({ path: 'test-results/presenter-map-chair-1366.png' });
  await presenter.screenshot({ path: 'test-results/presenter-map-projector-1920.png' });
  await viewButton(page, 'Map').click();
  await expect(canvasWrap(presenter)).toBeHidden();
  await expect.poll(() => sameArea(page, presenter)).toBe('same area');
  await presenter.screenshot({ path: 'test-results/presenter-map-only-projector-1920.png' });
  await page.screenshot({ path: 'test-results/presenter-map-only-chair-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => sameArea(page, presenter)).toBe('same area');
  await page.screenshot({ path: 'test-results/presenter-map-chair-1920.png' });
  expect(await shownNames(presenter)).toEqual([]);
});

test('on a floor plan, the projector’s map shows the part of the plan the chair’s map shows', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openTraining(page, context);
  await viewButton(page, 'Map').click();
  // The map's toolbar is there once the map is (its code is fetched when first shown).
  await expect(mapCanvas(page)).toBeVisible();
  const form = await useImage(page, floorPlan(1200, 800));
  await expect(form).toBeHidden();
  const plan = (p: Page) => p.locator('.map-canvas img.basemap-image');
  await expect(plan(page)).toBeVisible();

  const presenter = await openPresenter(page, context);
  await expect(plan(presenter)).toBeVisible();
  await expect.poll(() => sameArea(page, presenter)).toBe('same area');

  // Into a corner of the plan: zoomed in and dragged, the projector follows.
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const box = (await mapCanvas(page).boundingBox())!;
  await dragMap(page, { x: box.x + 150, y: box.y + 150 }, { x: 450, y: 300 });
  await expect.poll(() => sameArea(page, presenter)).toBe('same area');
  const shown = (await mapDrawing(presenter))!;
  expect(inside(shown, shown.places['plan top left']!)).toBe(true);
  expect(inside(shown, shown.places['plan bottom right']!)).toBe(false);
  await presenter.screenshot({ path: 'test-results/presenter-map-floor-plan.png' });
});
