import { expect, type Locator, type Page } from '@playwright/test';
import type { TestApi } from '../../../src/app/testApi';

/**
 * An open board: the canvas, the People list and the side panel. The canvas hides people from the
 * pointer, so the test API (`window.__pp`, loaded by `?e2e`) is used only to learn WHERE a person is
 * drawn; every gesture then goes through the real mouse and keyboard.
 */

export interface Point {
  x: number;
  y: number;
}

declare global {
  interface Window {
    __pp?: TestApi;
  }
}

/** The diagram itself (role application, named with its counts). */
export function canvas(page: Page): Locator {
  return page.getByRole('application', { name: /^Network of / });
}

/** The wrapper carrying `data-drawn-nodes` / `data-drawn-edges` once Cytoscape has drawn. */
export function canvasWrap(page: Page): Locator {
  return page.locator('.canvas-wrap');
}

/**
 * Waits until the diagram has drawn exactly `nodes` people (and `edges` associations if given).
 * `timeout` is for boards of thousands, whose first drawing is heavy work on a busy machine.
 */
export async function waitForDrawn(
  page: Page,
  nodes: number,
  edges?: number,
  { timeout }: { timeout?: number } = {},
): Promise<void> {
  await expect(canvasWrap(page)).toHaveAttribute('data-drawn-nodes', String(nodes), { timeout });
  if (edges !== undefined)
    await expect(canvasWrap(page)).toHaveAttribute('data-drawn-edges', String(edges), { timeout });
}

/** "Network of 3 people and 1 association": what the diagram says it holds. */
export function countsLabel(people: number, associations: number): string {
  return `Network of ${people} ${people === 1 ? 'person' : 'people'} and ${associations} ${associations === 1 ? 'association' : 'associations'}`;
}

export async function expectCounts(
  page: Page,
  people: number,
  associations: number,
): Promise<void> {
  await expect(canvas(page)).toHaveAccessibleName(countsLabel(people, associations));
  await expect(peopleHeading(page)).toHaveText(`People (${people})`);
}

export function peopleHeading(page: Page): Locator {
  return page
    .getByRole('navigation', { name: 'People on this board' })
    .getByRole('heading', { name: /^People \(\d+\)$/ });
}

export function peopleList(page: Page): Locator {
  return page.getByRole('listbox', { name: /^People \(\d+\)$/ });
}

/** A person's row in the People list, matched on the exact name (the row also shows a risk level). */
export function personOption(page: Page, name: string): Locator {
  return peopleList(page)
    .getByRole('option')
    .filter({ has: page.getByText(name, { exact: true }) });
}

export function details(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Details' });
}

/** In the People list (sorted by name): Enter selects only the first, Space adds the others. */
export async function selectInList(page: Page, names: readonly string[]): Promise<void> {
  const list = peopleList(page);
  await list.focus();
  const order = (await list.getByRole('option').locator('span:first-child').allInnerTexts()).map(
    (t) => t.trim(),
  );
  let at = 0;
  await page.keyboard.press('Home');
  for (const [i, name] of names.entries()) {
    const to = order.indexOf(name);
    expect(to, `${name} is in the People list`).toBeGreaterThanOrEqual(0);
    for (; at < to; at++) await page.keyboard.press('ArrowDown');
    for (; at > to; at--) await page.keyboard.press('ArrowUp');
    await page.keyboard.press(i === 0 ? 'Enter' : ' ');
  }
  for (const name of order) {
    await expect(personOption(page, name)).toHaveAttribute(
      'aria-selected',
      String(names.includes(name)),
    );
  }
}

/** The side panel of one person. */
export function personPanel(page: Page, name: string): Locator {
  return page.getByRole('region', { name: `Details of ${name}`, exact: true });
}

export function kindPicker(page: Page, a: string, b: string): Locator {
  return page.getByRole('listbox', { name: `Link ${a} and ${b} as…`, exact: true });
}

export function newPersonBox(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Name of new person', exact: true });
}

export function renameBox(page: Page, name: string): Locator {
  return page.getByRole('textbox', { name: `New name for ${name}`, exact: true });
}

export function toolbarButton(page: Page, name: string | RegExp): Locator {
  return page.getByRole('toolbar', { name: 'Network tools' }).getByRole('button', { name });
}

/**
 * A control of the board's toolbar, from its row or, when it has folded there for want of room
 * (a laptop screen), from the toolbar's More panel.
 */
export async function toolbarTool(page: Page, name: string): Promise<Locator> {
  const bar = page.getByRole('toolbar', { name: 'Network tools' });
  const onRow = bar.getByRole('button', { name, exact: true });
  if (await onRow.isVisible()) return onRow;
  await bar.getByRole('button', { name: 'More network tools' }).click();
  return bar
    .getByRole('group', { name: 'More network tools' })
    .getByRole('button', { name, exact: true });
}

/** Opens the details panel when it is folded to its strip (it starts so below 1600 pixels). */
export async function openDetails(page: Page): Promise<void> {
  const toggle = details(page).getByRole('button', { name: 'Details', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

/** Where the canvas is on the page. */
export async function canvasBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error('the network canvas is not on screen');
  return box;
}

export async function canvasCentre(page: Page): Promise<Point> {
  const b = await canvasBox(page);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/**
 * Double-clicks the canvas at `at`, types the name into the inline box and presses Enter; checks the
 * person is listed and drawn. Returns their id.
 */
export async function addPersonByDoubleClick(
  page: Page,
  boardId: string,
  at: Point,
  name: string,
): Promise<string> {
  // Cytoscape tells a double tap from two taps by the time between them as it handles them: on two
  // cores busy with other work it may see two taps. A user would double-click again; so does this.
  const box = newPersonBox(page);
  await expect(async () => {
    if (!(await box.isVisible())) await page.mouse.dblclick(at.x, at.y);
    await expect(box).toBeVisible({ timeout: 3_000 });
  }).toPass();
  return typeNewName(page, boardId, name);
}

/** N, the name, Enter: adding a person from the keyboard (focus must be on the board, not a field). */
export async function addPersonByKeyboard(
  page: Page,
  boardId: string,
  name: string,
): Promise<string> {
  await page.keyboard.press('n');
  return typeNewName(page, boardId, name);
}

/** Types a name into the new-person box that has just opened, confirms it, and checks the result. */
async function typeNewName(page: Page, boardId: string, name: string): Promise<string> {
  const box = newPersonBox(page);
  await expect(box).toBeFocused();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
  return expectListedAndDrawn(page, boardId, name);
}

/** The person is in the People list and on the diagram. Returns their id. */
export async function expectListedAndDrawn(
  page: Page,
  boardId: string,
  name: string,
): Promise<string> {
  await expect(personOption(page, name)).toBeVisible();
  const id = await personIdByName(page, boardId, name);
  await expectDrawn(page, id);
  return id;
}

/** Keyboard: select the two people in the People list, press L and pick a kind by its number key. */
export async function linkByKeyboard(page: Page, a: string, b: string, digit = '1'): Promise<void> {
  await selectInList(page, [a, b]);
  await page.keyboard.press('l');
  const picker = kindPicker(page, a, b);
  await expect(picker).toBeFocused();
  await page.keyboard.press(digit);
  await expect(picker).toBeHidden();
}

/** Clicks the middle of the (straight) line between two people, which selects their association. */
export async function clickAssociation(page: Page, fromId: string, toId: string): Promise<void> {
  const a = await positionOf(page, fromId);
  const b = await positionOf(page, toId);
  await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
}

/**
 * Reads every stored record of one table from the app's IndexedDB database. Used to learn a
 * person's id from their name (the test API has no name → id look-up), and to wait until an edit
 * has been committed before reloading.
 */
export async function storedRecords<T = Record<string, unknown>>(
  page: Page,
  table: string,
): Promise<T[]> {
  return page.evaluate(
    (table) =>
      new Promise<T[]>((resolve, reject) => {
        const req = indexedDB.open('peers-and-places');
        req.onerror = () => reject(new Error(String(req.error)));
        req.onsuccess = () => {
          const db = req.result;
          try {
            const all = db.transaction(table, 'readonly').objectStore(table).getAll();
            all.onsuccess = () => {
              db.close();
              resolve(all.result as T[]);
            };
            all.onerror = () => {
              db.close();
              reject(new Error(String(all.error)));
            };
          } catch (e) {
            db.close();
            reject(e instanceof Error ? e : new Error(String(e)));
          }
        };
      }),
    table,
  );
}

export interface StoredPerson {
  id: string;
  boardId: string;
  displayName: string;
  [field: string]: unknown;
}

export async function storedPeople(page: Page, boardId: string): Promise<StoredPerson[]> {
  return (await storedRecords<StoredPerson>(page, 'people')).filter((p) => p.boardId === boardId);
}

/** The id of the one person on `boardId` with this name. */
export async function personIdByName(page: Page, boardId: string, name: string): Promise<string> {
  const matches = (await storedPeople(page, boardId)).filter((p) => p.displayName === name);
  if (matches.length !== 1)
    throw new Error(`expected one person named ${JSON.stringify(name)}, found ${matches.length}`);
  return matches[0]!.id;
}

/** Where a person is drawn now, in page pixels (via `window.__pp.nodeScreenPosition`). */
export async function positionOf(page: Page, personId: string): Promise<Point> {
  const p = await page.evaluate((id) => window.__pp?.nodeScreenPosition(id) ?? null, personId);
  if (!p) throw new Error(`person ${personId} is not drawn`);
  return p;
}

/** Whether the diagram draws this person now (asked of the diagram itself, via the test API). */
export async function isDrawn(page: Page, personId: string): Promise<boolean> {
  return page.evaluate((id) => window.__pp?.nodeScreenPosition(id) != null, personId);
}

export async function expectDrawn(page: Page, personId: string, drawn = true): Promise<void> {
  await expect
    .poll(() => isDrawn(page, personId), { message: `person ${personId} drawn: ${drawn}` })
    .toBe(drawn);
}

export async function personPosition(page: Page, boardId: string, name: string): Promise<Point> {
  return positionOf(page, await personIdByName(page, boardId, name));
}

/** Waits for the test API (it is loaded lazily after the app starts). */
export async function waitForTestApi(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__pp !== undefined);
}

/**
 * Waits until drag-to-link works: its Cytoscape extension is fetched after the board is first
 * drawn (adapters/cytoscape/extensions.ts), and the canvas says when it is attached.
 */
export async function linkReady(page: Page): Promise<void> {
  await expect(canvas(page)).toHaveAttribute('data-link-ready', 'true');
}

/** A real mouse drag with intermediate moves, as a person would do it. */
export async function drag(page: Page, from: Point, to: Point, steps = 12): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) * 0.1, from.y + (to.y - from.y) * 0.1, {
    steps: 3,
  });
  await page.mouse.move(to.x, to.y, { steps });
  // A few small moves over the target, as a hand does, so hover-based targets notice it.
  await page.mouse.move(to.x + 2, to.y + 1, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 3 });
  await page.mouse.up();
}
