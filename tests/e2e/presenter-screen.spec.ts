import { readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import {
  canvas,
  canvasWrap,
  peopleList,
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

async function openPresenter(page: Page, context: BrowserContext): Promise<Page> {
  const opened = context.waitForEvent('page');
  await openButton(page).click();
  const presenter = await opened;
  await waitForTestApi(presenter);
  await waitForDrawn(presenter, people.length);
  await expect(closeButton(page)).toBeVisible();
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
  await page.reload();
  await expect(waiting(presenter)).toBeVisible();
  await expect(canvasWrap(presenter)).toHaveCount(0);
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
