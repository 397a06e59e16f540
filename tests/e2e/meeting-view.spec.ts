import { expect, test, type Locator, type Page } from '@playwright/test';
import { addTrainingBoard, createBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import {
  addPersonByDoubleClick,
  canvas,
  drag,
  canvasBox,
  personIdByName,
  personOption,
  personPanel,
  storedRecords,
  waitForDrawn,
  openDetails,
  toolbarTool,
  waitForTestApi,
  type Point,
} from './pages/board';

/**
 * The view follows the meeting, on a council laptop's screen: Focus and agenda steps zoom the
 * diagram so names can be read on a projector; new people land in view beside the selection;
 * switching between Network, Network and map and Map keeps what was in view.
 */

test.use({ viewport: { width: 1366, height: 768 } });

/** Names are 17 model units: at this zoom they are drawn 14 CSS pixels high. */
const LEGIBLE = 14 / 17;
const zoom = (page: Page) => page.evaluate(() => window.__pp?.diagramZoom() ?? 0);
const bar = (page: Page) => page.getByRole('region', { name: 'Meeting in progress' });
const viewButton = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Views' }).getByRole('button', { name, exact: true });

/** Those of `ids` drawn inside the diagram's box on screen now. */
async function inView(page: Page, ids: readonly string[]): Promise<string[]> {
  const box = await canvasBox(page);
  const at = await page.evaluate(
    (list) => list.map((id) => [id, window.__pp?.nodeScreenPosition(id) ?? null] as const),
    [...ids],
  );
  return at
    .filter(
      ([, p]) =>
        p && p.x >= box.x && p.x <= box.x + box.width && p.y >= box.y && p.y <= box.y + box.height,
    )
    .map(([id]) => id);
}

/** Zooms the diagram well out (the Zoom out button), as a chair looking at the whole board. */
async function zoomOut(page: Page) {
  await expect
    .poll(async () => {
      await (await toolbarTool(page, 'Zoom out')).click();
      return zoom(page);
    })
    .toBeLessThan(0.45);
}

async function trainingBoard(page: Page): Promise<string> {
  await start(page);
  await addTrainingBoard(page);
  const boardId = await openBoard(page, TRAINING_TITLE);
  await waitForTestApi(page);
  await waitForDrawn(page, 16);
  return boardId;
}

test('Focus and agenda steps zoom so names can be read on a projector', async ({ page }) => {
  // The projector's screen, where a group's members fit at a readable size (on a smaller one they
  // are all fitted, smaller: legibleViewport's unit tests cover that).
  await page.setViewportSize({ width: 1920, height: 1080 });
  const boardId = await trainingBoard(page);

  // Focus (F) on someone, from a view zoomed far out: the diagram zooms in to them.
  await zoomOut(page);
  await personOption(page, 'Amira Hussain').click();
  await canvas(page).focus();
  await page.keyboard.press('f');
  await expect(page.locator('.hidden-indicator')).toContainText('Showing 1 step from Amira');
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(LEGIBLE);
  const amira = await personIdByName(page, boardId, 'Amira Hussain');
  expect(await inView(page, [amira])).toEqual([amira]);
  await page.locator('.hidden-indicator').getByRole('button', { name: 'Clear' }).click();

  // A meeting's first step (a group) from far out again: its members, all in view, legible.
  await zoomOut(page);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start meeting' });
  await dialog.getByLabel('Attendee 1 name').fill('Jo Hartley');
  await dialog.getByLabel('Attendee 1 agency').fill('Community safety');
  await dialog.getByRole('button', { name: 'Start meeting' }).click();
  await expect(bar(page).locator('.meeting-step')).toHaveText(
    'Item 1 of 23: Brookside Parade group',
  );
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(LEGIBLE);
  const groups = await storedRecords<{ id: string; boardId: string; name: string }>(page, 'groups');
  const group = groups.find((g) => g.boardId === boardId && g.name === 'Brookside Parade group')!;
  const members = (await storedRecords<{ groupId: string; personId: string }>(page, 'memberships'))
    .filter((m) => m.groupId === group.id)
    .map((m) => m.personId);
  expect(members.length).toBeGreaterThan(1);
  await expect.poll(() => inView(page, members)).toEqual(members);
  await page.screenshot({ path: 'test-results/meeting-view-focused-step-1920.png' });

  // The next step, picked from the agenda menu: a young person, legible too.
  await zoomOut(page);
  await bar(page).getByRole('button', { name: 'Go to item' }).click();
  await page.getByRole('menuitemradio', { name: '3. Amira Hussain' }).click();
  await expect(personPanel(page, 'Amira Hussain')).toBeVisible();
  await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(LEGIBLE);
  expect(await inView(page, [amira])).toEqual([amira]);
});

test('new people land in view beside the selection, never off screen', async ({ page }) => {
  await start(page);
  const boardId = await createBoard(page, { title: 'Harrowfield east (fictional)' });
  await waitForTestApi(page);
  await openDetails(page);
  const box = await canvasBox(page);
  // Someone at the right-hand edge of the diagram, then selected.
  const edge: Point = { x: box.x + box.width - 45, y: box.y + box.height / 2 };
  const ava = await addPersonByDoubleClick(page, boardId, edge, 'Ava Stone');
  await page.mouse.click(edge.x, edge.y);
  await expect(personPanel(page, 'Ava Stone')).toBeVisible();

  // N beside her: on screen, near her, not on top of her.
  await canvas(page).focus();
  for (const name of ['Ben Hale', 'Cara Vine', 'Dan Oduya']) {
    await page.keyboard.press('n');
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await expect(personOption(page, name)).toBeVisible();
  }
  const added = await Promise.all(
    ['Ben Hale', 'Cara Vine', 'Dan Oduya'].map((n) => personIdByName(page, boardId, n)),
  );
  await expect.poll(() => inView(page, [ava, ...added])).toEqual([ava, ...added]);
  const at = (id: string) => page.evaluate((i) => window.__pp!.nodeScreenPosition(i)!, id);
  const avaAt = await at(ava);
  for (const id of added) {
    const p = await at(id);
    const d = Math.hypot(p.x - avaAt.x, p.y - avaAt.y);
    expect(d).toBeGreaterThan(40);
    expect(d).toBeLessThan(400);
  }
});

/** Where a place (a point: its badge is centred on it) is drawn, relative to the middle of the map. */
async function offsetFromMiddle(map: Locator, name: string): Promise<Point> {
  const m = await map.boundingBox();
  const l = await map.locator('.place-point', { hasText: name }).first().boundingBox();
  if (!m || !l) throw new Error(`${name} is not on the map`);
  return {
    x: l.x + l.width / 2 - (m.x + m.width / 2),
    y: l.y + l.height / 2 - (m.y + m.height / 2),
  };
}

/** The label's offset once the map has stopped moving (two reads in a row agree). */
async function steadyOffset(map: Locator, name: string): Promise<Point> {
  let last: Point = { x: NaN, y: NaN };
  await expect
    .poll(async () => {
      const now = await offsetFromMiddle(map, name);
      const same = Math.abs(now.x - last.x) < 0.5 && Math.abs(now.y - last.y) < 0.5;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

test('switching views keeps what was in view, on the diagram and on the map', async ({ page }) => {
  const boardId = await trainingBoard(page);
  const people = (await storedRecords<{ id: string; boardId: string }>(page, 'people'))
    .filter((p) => p.boardId === boardId)
    .map((p) => p.id);
  await expect.poll(() => inView(page, people).then((v) => v.length)).toBe(16);
  const fullZoom = await zoom(page);

  // Network and map: the diagram is half as wide, and still shows everyone it showed.
  await viewButton(page, 'Network and map').click();
  const map = page.locator('.map-canvas');
  await expect(map).toBeVisible();
  await expect.poll(() => inView(page, people).then((v) => v.length)).toBe(16);
  // Back to Network alone: the same view as before.
  await viewButton(page, 'Network').click();
  await expect.poll(() => zoom(page)).toBeCloseTo(fullZoom, 2);
  await expect.poll(() => inView(page, people).then((v) => v.length)).toBe(16);

  // The map, moved by the chair, keeps its place when hidden and shown again...
  await viewButton(page, 'Network and map').click();
  await expect(map.locator('.place-point', { hasText: 'Harrowfield Academy' })).toBeVisible();
  const before = await steadyOffset(map, 'Harrowfield Academy');
  const m = (await map.boundingBox())!;
  await drag(
    page,
    { x: m.x + m.width / 2, y: m.y + m.height - 30 },
    { x: m.x + m.width / 2 - 50, y: m.y + m.height - 60 },
  );
  await expect
    .poll(async () => (await offsetFromMiddle(map, 'Harrowfield Academy')).x)
    .toBeLessThan(before.x - 20);
  const settled = await steadyOffset(map, 'Harrowfield Academy');
  const other = await offsetFromMiddle(map, 'Millbeck Youth Centre');
  await viewButton(page, 'Network').click();
  await expect(map).toBeHidden();
  await viewButton(page, 'Network and map').click();
  await expect(map.locator('.place-point', { hasText: 'Harrowfield Academy' })).toBeVisible();
  const again = await steadyOffset(map, 'Harrowfield Academy');
  expect(Math.abs(again.x - settled.x)).toBeLessThan(6);
  expect(Math.abs(again.y - settled.y)).toBeLessThan(6);

  // ...and keeps its middle when it grows to the whole width (Map alone): each place stays
  // where it was relative to the middle, at the new scale.
  const half = (await map.boundingBox())?.width ?? 0;
  await viewButton(page, 'Map').click();
  await expect.poll(async () => (await map.boundingBox())?.width ?? 0).toBeGreaterThan(half * 1.5);
  await expect
    .poll(async () => {
      const a = await offsetFromMiddle(map, 'Harrowfield Academy');
      const b = await offsetFromMiddle(map, 'Millbeck Youth Centre');
      const scale =
        Math.hypot(a.x - b.x, a.y - b.y) / Math.hypot(settled.x - other.x, settled.y - other.y);
      return Math.round(Math.hypot(a.x - settled.x * scale, a.y - settled.y * scale));
    })
    .toBeLessThan(8);

  // The diagram stays hidden long enough for Cytoscape to let go of its size (its canvas is 0
  // wide), and an agenda step is taken meanwhile: beside the map again, the diagram shows the
  // step's young person, not an empty corner.
  await expect
    .poll(() =>
      page.evaluate(
        () => document.querySelector<HTMLCanvasElement>('.network-canvas canvas')?.width ?? -1,
      ),
    )
    .toBe(0);
  await page.getByRole('button', { name: 'Start meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start meeting' });
  await dialog.getByLabel('Attendee 1 name').fill('Jo Hartley');
  await dialog.getByLabel('Attendee 1 agency').fill('Community safety');
  await dialog.getByRole('button', { name: 'Start meeting' }).click();
  await bar(page).getByRole('button', { name: 'Go to item' }).click();
  await page.getByRole('menuitemradio', { name: '3. Amira Hussain' }).click();
  await expect(bar(page).locator('.meeting-step')).toHaveText('Item 3 of 23: Amira Hussain');
  await viewButton(page, 'Network and map').click();
  const amira = await personIdByName(page, boardId, 'Amira Hussain');
  await expect.poll(() => inView(page, [amira])).toEqual([amira]);
  await page.screenshot({ path: 'test-results/meeting-view-step-from-map-1366.png' });
});

test('Show places sets the signs clear of people and each other, and Fit includes them', async ({
  page,
}) => {
  const boardId = await trainingBoard(page);
  const mine = <T extends { boardId: string }>(rows: T[]) =>
    rows.filter((r) => r.boardId === boardId);
  const people = mine(await storedRecords<{ id: string; boardId: string }>(page, 'people'));
  const places = mine(await storedRecords<{ id: string; boardId: string }>(page, 'places'));
  await (await toolbarTool(page, 'Show places')).click();
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  const ids = [...people, ...places].map((r) => r.id);
  await expect.poll(() => inView(page, ids).then((v) => v.length)).toBe(ids.length);

  // On screen, each sign (and its name, drawn under it) is clear of every person and other sign.
  const z = await zoom(page);
  const at = await page.evaluate(
    (list) => list.map((id) => window.__pp!.nodeScreenPosition(id)!),
    ids,
  );
  const signs = at.slice(people.length);
  for (const [i, s] of signs.entries())
    for (const [j, o] of at.entries()) {
      if (j === people.length + i) continue;
      const apart = Math.abs(s.x - o.x) >= 170 * z || Math.abs(s.y - o.y) >= 80 * z;
      expect(apart, `sign ${i} clear of node ${j}`).toBe(true);
    }
});
