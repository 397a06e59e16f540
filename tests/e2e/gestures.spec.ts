import { expect, test } from '@playwright/test';
import { createBoard, start } from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  positionOf,
  storedRecords,
  toolbarButton,
  waitForTestApi,
} from './pages/board';

/** Gestures on the diagram: Escape cancels a drag mid-way; on a touch screen, tap-tap links. */

interface StoredPosition {
  nodeId: string;
  x: number;
  y: number;
}

test('Escape during a drag puts the person back and stores nothing', async ({ page }) => {
  await start(page);
  const boardId = await createBoard(page, { title: 'Drag board' });
  await waitForTestApi(page);
  await canvas(page).focus();
  const ayo = await addPersonByKeyboard(page, boardId, 'Ayo');
  const before = await positionOf(page, ayo);
  const stored = (await storedRecords<StoredPosition>(page, 'positions')).find(
    (p) => p.nodeId === ayo,
  )!;

  await page.mouse.move(before.x, before.y);
  await page.mouse.down();
  await page.mouse.move(before.x + 80, before.y + 40, { steps: 8 });
  await page.mouse.move(before.x + 160, before.y + 60, { steps: 8 });
  // Mid-drag: Ayo is under the pointer, away from where he started.
  expect((await positionOf(page, ayo)).x).toBeGreaterThan(before.x + 100);
  await page.keyboard.press('Escape');
  expect(await positionOf(page, ayo)).toEqual(before);
  // Moving on before letting go does not pick the drag up again.
  await page.mouse.move(before.x + 220, before.y + 90, { steps: 5 });
  await page.mouse.up();
  expect(await positionOf(page, ayo)).toEqual(before);
  // Then something that is stored: adding Bea. IndexedDB writes positions in the order they were
  // asked for, so once Bea is stored and drawn, a move of Ayo from the drag would be stored too.
  await addPersonByKeyboard(page, boardId, 'Bea');
  const after = (await storedRecords<StoredPosition>(page, 'positions')).find(
    (p) => p.nodeId === ayo,
  )!;
  expect({ x: after.x, y: after.y }).toEqual({ x: stored.x, y: stored.y });
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: false });

  test('with the link tool on, tapping one person then another links them', async ({ page }) => {
    await start(page);
    const boardId = await createBoard(page, { title: 'Touch board' });
    await waitForTestApi(page);
    await canvas(page).focus();
    const ayo = await addPersonByKeyboard(page, boardId, 'Ayo');
    const bea = await addPersonByKeyboard(page, boardId, 'Bea');

    await toolbarButton(page, 'Link by dragging').tap();
    await expect(toolbarButton(page, 'Link by dragging')).toHaveAttribute('aria-pressed', 'true');
    const a = await positionOf(page, ayo);
    const b = await positionOf(page, bea);
    await page.touchscreen.tap(a.x, a.y);
    await page.touchscreen.tap(b.x, b.y);
    const picker = page.getByRole('listbox', { name: 'Link Ayo and Bea as…' });
    await expect(picker).toBeVisible();
    await picker.getByRole('option', { name: /Friendship/ }).tap();
    await expect
      .poll(async () =>
        (
          await storedRecords<{ fromId: string; toId: string; kind: string }>(page, 'associations')
        ).map((x) => `${x.fromId}>${x.toId}:${x.kind}`),
      )
      .toEqual([`${ayo}>${bea}:friendship`]);
  });
});
