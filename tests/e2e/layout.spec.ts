import { expect, test, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  boardIdOf,
  createBoard,
  headerButton,
  messages,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import {
  canvas,
  selectInList,
  toolbarButton,
  toolbarTool,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

type Stored = Record<string, { x: number; y: number; pinned: boolean }>;

/**
 * Every person's stored diagram position on a board, by name (or by id when `byId`), read straight
 * from the app's IndexedDB: what a layout wrote, independent of zoom and pan.
 */
async function storedPositions(page: Page, boardId: string, byId = false): Promise<Stored> {
  return page.evaluate(
    ([board, ids]) =>
      new Promise<Stored>((resolve, reject) => {
        const open = indexedDB.open('peers-and-places');
        open.onerror = () => reject(new Error('cannot open the database'));
        open.onsuccess = () => {
          const tx = open.result.transaction(['people', 'positions'], 'readonly');
          const people = tx.objectStore('people').index('boardId').getAll(board);
          const positions = tx.objectStore('positions').index('boardId').getAll(board);
          tx.oncomplete = () => {
            const name = new Map(
              (people.result as { id: string; displayName: string }[]).map((p) => [
                p.id,
                p.displayName,
              ]),
            );
            const out: Stored = {};
            for (const p of positions.result as {
              nodeId: string;
              x: number;
              y: number;
              pinned: boolean;
            }[]) {
              const key = ids ? p.nodeId : name.get(p.nodeId);
              if (key) out[key] = { x: p.x, y: p.y, pinned: p.pinned };
            }
            open.result.close();
            resolve(out);
          };
        };
      }),
    [boardId, byId] as const,
  );
}

const moved = (before: Stored, after: Stored) =>
  Object.keys(before).filter(
    (k) => after[k] && (after[k].x !== before[k]!.x || after[k].y !== before[k]!.y),
  );

const layoutButton = (page: Page) => toolbarButton(page, 'Layout');

async function chooseWithMouse(page: Page, item: string): Promise<void> {
  await layoutButton(page).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

async function chooseWithKeyboard(page: Page, item: string): Promise<void> {
  await layoutButton(page).focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu', { name: 'Lay out the network' });
  await expect(menu).toBeVisible();
  for (let i = 0; i < 8; i++) {
    if (
      await menu
        .getByRole('menuitem', { name: item, exact: true })
        .evaluate((e) => e === document.activeElement)
    )
      break;
    await page.keyboard.press('ArrowDown');
  }
  await expect(menu.getByRole('menuitem', { name: item, exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
}

async function openTrainingBoard(page: Page): Promise<string> {
  await start(page);
  await addTrainingBoard(page);
  const id = await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16);
  return id;
}

/** Where a person is drawn on screen. */
async function onScreen(page: Page, personId: string) {
  const p = await page.evaluate((id) => window.__pp!.nodeScreenPosition(id), personId);
  if (!p) throw new Error(`${personId} is not drawn`);
  return p;
}

test('each layout moves the people, is drawn, and one Ctrl+Z puts everyone back', async ({
  page,
}) => {
  const boardId = await openTrainingBoard(page);
  const layouts: { item: string; label: string; keyboard: boolean }[] = [
    { item: 'Force-directed', label: 'force-directed', keyboard: true },
    {
      item: 'Concentric by number of links',
      label: 'concentric by number of links',
      keyboard: false,
    },
    { item: 'Grid', label: 'grid', keyboard: true },
    { item: 'Circle', label: 'circle', keyboard: false },
  ];
  const personIds = Object.keys(await storedPositions(page, boardId, true));
  const someone = personIds[0]!;
  const other = personIds[5]!;
  for (const { item, label, keyboard } of layouts) {
    const before = await storedPositions(page, boardId);
    if (keyboard) await chooseWithKeyboard(page, item);
    else await chooseWithMouse(page, item);
    await expect(headerButton(page, 'Undo')).toHaveAttribute(
      'title',
      `Undo “Lay out (${label})” (Ctrl+Z)`,
    );
    const after = await storedPositions(page, boardId);
    expect(moved(before, after).length, `${item} moved people`).toBeGreaterThan(8);

    // What is drawn follows what was stored: two people sit apart on screen as they do in the model.
    const byId = await storedPositions(page, boardId, true);
    await expect
      .poll(async () => {
        const a = await onScreen(page, someone);
        const b = await onScreen(page, other);
        const dx = byId[other]!.x - byId[someone]!.x;
        const dy = byId[other]!.y - byId[someone]!.y;
        // Same direction on screen as in the model (the zoom only scales it).
        return Math.sign(Math.round(b.x - a.x)) === Math.sign(dx) &&
          Math.sign(Math.round(b.y - a.y)) === Math.sign(dy)
          ? 'drawn'
          : 'not yet';
      })
      .toBe('drawn');

    await canvas(page).focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => storedPositions(page, boardId)).toEqual(before);
    await expect(headerButton(page, 'Redo')).toHaveAttribute(
      'title',
      `Redo “Lay out (${label})” (Ctrl+Shift+Z or Ctrl+Y)`,
    );
  }
});

test('a pinned person stays where they are while the others are laid out', async ({ page }) => {
  const boardId = await openTrainingBoard(page);
  await selectInList(page, ['Kyle Brennan']);
  await chooseWithMouse(page, 'Pin selected');
  await expect(messages(page)).toContainText('Pinned Kyle Brennan');
  const before = await storedPositions(page, boardId);
  expect(before['Kyle Brennan']!.pinned).toBe(true);

  await chooseWithMouse(page, 'Force-directed');
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Lay out \(force-directed\)/);
  const after = await storedPositions(page, boardId);
  expect(after['Kyle Brennan']).toEqual(before['Kyle Brennan']);
  expect(moved(before, after).length).toBeGreaterThan(8);

  await chooseWithKeyboard(page, 'Grid');
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Lay out \(grid\)/);
  expect((await storedPositions(page, boardId))['Kyle Brennan']).toEqual(before['Kyle Brennan']);
});

test('a layout on an empty board says so and changes nothing', async ({ page }) => {
  await start(page);
  await createBoard(page, { title: 'Nobody here yet' });
  await waitForDrawn(page, 0);
  await chooseWithMouse(page, 'Grid');
  await expect(messages(page)).toContainText(
    'There is nobody on this board to lay out yet. Add people first.',
  );
  await expect(headerButton(page, 'Undo')).toBeDisabled();
  expect(boardIdOf(page)).toBeTruthy();
});

test('on 2,000 people a layout shows progress, and Cancel leaves everyone where they were', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await start(page);
  await waitForTestApi(page);
  const boardId = await page.evaluate(() => window.__pp!.seedBoard(11, 2000, 6000));
  await page.goto(`/?e2e#/board/${encodeURIComponent(boardId)}`);
  // Reading, checking and drawing 2,000 people and 6,000 associations is the heaviest step here
  // (the benchmark times it): on a loaded machine it takes longer than a click's reaction.
  await waitForDrawn(page, 2000, undefined, { timeout: 60_000 });
  const before = await storedPositions(page, boardId, true);
  expect(Object.keys(before)).toHaveLength(2000);

  await chooseWithMouse(page, 'Force-directed');
  const status = page
    .getByRole('status')
    .filter({ hasText: /^Laying out 2,000 people… force-directed/ });
  await expect(status).toBeVisible();
  await page.getByRole('button', { name: /Cancel layout/ }).click();
  await expect(status).toHaveCount(0);
  await expect(messages(page)).toContainText(
    'Layout (force-directed) cancelled: nobody was moved.',
  );
  expect(await storedPositions(page, boardId, true)).toEqual(before);
  await expect(headerButton(page, 'Undo')).toBeDisabled();

  // Escape cancels too.
  await chooseWithKeyboard(page, 'Force-directed');
  const again = page
    .getByRole('status')
    .filter({ hasText: /^Laying out 2,000 people… force-directed/ });
  await expect(again).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(again).toHaveCount(0);
  expect(await storedPositions(page, boardId, true)).toEqual(before);
  await expect(headerButton(page, 'Undo')).toBeDisabled();

  // A layout that had not really stopped would write its result later. Rather than wait a while,
  // run one more layout to the end: a run that went on would have been ahead of it (in the same
  // worker, and then in writing), so once this one is written and undone, everyone must be back
  // where they were with nothing left to undo. (Undoing 2,000 positions is a heavy write: it is
  // given longer than a click's reaction.)
  await chooseWithMouse(page, 'Grid');
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Lay out \(grid\)/);
  await headerButton(page, 'Undo').click();
  await expect(headerButton(page, 'Undo')).toBeDisabled();
  await expect
    .poll(() => storedPositions(page, boardId, true), { timeout: 30_000 })
    .toEqual(before);
});

test('a layout chosen from "More" on a narrow window runs to the end, its progress over the diagram', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 720, height: 768 });
  await start(page);
  await waitForTestApi(page);
  const boardId = await page.evaluate(() => window.__pp!.seedBoard(12, 2000, 6000));
  await page.goto(`/?e2e#/board/${encodeURIComponent(boardId)}`);
  await waitForDrawn(page, 2000, undefined, { timeout: 60_000 });
  const toolbar = page.getByRole('toolbar', { name: 'Network tools' });
  // Folded at this width: the menu is in "More".
  await expect(toolbar.getByRole('button', { name: 'Layout', exact: true })).toBeHidden();
  await (await toolbarTool(page, 'Layout')).click();
  await page.getByRole('menuitem', { name: 'Grid', exact: true }).click();
  // A press elsewhere closes "More", and with it the folded menu that started the layout.
  await page.locator('header.app-header h1').click();
  await expect(toolbar.getByRole('group', { name: 'More network tools' })).toBeHidden();
  // The layout outlives its folded menu, and says so until it is written.
  await expect(page.getByRole('button', { name: /Cancel layout/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/layout-progress-narrow.png' });
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Lay out \(grid\)/, {
    timeout: 60_000,
  });
  await expect(page.getByRole('button', { name: /Cancel layout/ })).toHaveCount(0);
});
