import { expect, test, type Page } from '@playwright/test';
import { createBoard, headerButton, messages, start } from './pages/app';
import {
  addPersonByDoubleClick,
  canvasCentre,
  details,
  drag,
  expectDrawn,
  expectCounts,
  kindPicker,
  linkReady,
  personOption,
  personPanel,
  positionOf,
  renameBox,
  toolbarButton,
  waitForDrawn,
  waitForTestApi,
  type Point,
} from './pages/board';

async function boardWithAliAndBo(
  page: Page,
): Promise<{ boardId: string; ali: string; bo: string }> {
  await start(page);
  const boardId = await createBoard(page, { title: 'Mouse board' });
  await waitForTestApi(page);
  const centre = await canvasCentre(page);
  const ali = await addPersonByDoubleClick(page, boardId, centre, 'Ali');
  await expectCounts(page, 1, 0);
  const bo = await addPersonByDoubleClick(
    page,
    boardId,
    { x: centre.x + 220, y: centre.y + 40 },
    'Bo',
  );
  await expectCounts(page, 2, 0);
  return { boardId, ali, bo };
}

test('double-clicking the empty canvas adds a person, named inline', async ({ page }) => {
  const { ali, bo } = await boardWithAliAndBo(page);
  await expect(personOption(page, 'Ali')).toBeVisible();
  await expect(personOption(page, 'Bo')).toBeVisible();
  // Each is drawn where the canvas was double-clicked.
  const centre = await canvasCentre(page);
  const a = await positionOf(page, ali);
  const b = await positionOf(page, bo);
  expect(Math.abs(a.x - centre.x)).toBeLessThan(4);
  expect(Math.abs(a.y - centre.y)).toBeLessThan(4);
  expect(Math.abs(b.x - (centre.x + 220))).toBeLessThan(4);
  expect(Math.abs(b.y - (centre.y + 40))).toBeLessThan(4);
  // After a reload the diagram draws both.
  await page.reload();
  await waitForDrawn(page, 2);
});

test('dragging from one person to another with Link on asks for the kind and links them', async ({
  page,
}) => {
  const { ali, bo } = await boardWithAliAndBo(page);
  const link = toolbarButton(page, 'Link by dragging');
  await link.click();
  await expect(link).toHaveAttribute('aria-pressed', 'true');
  await linkReady(page);

  await drag(page, await positionOf(page, ali), await positionOf(page, bo));
  const picker = kindPicker(page, 'Ali', 'Bo');
  await expect(picker).toBeVisible();
  await expect(picker).toBeFocused();
  await picker.getByRole('option', { name: 'Friendship' }).click();

  await expect(picker).toBeHidden();
  await expectCounts(page, 2, 1);
  // The new association is selected, so its panel opens at once for the evidence.
  await expect(
    details(page).getByRole('heading', { name: 'Friendship: Ali and Bo' }),
  ).toBeVisible();
});

test('with Link on, dragging from a person back onto themself links nothing', async ({ page }) => {
  const { ali } = await boardWithAliAndBo(page);
  await toolbarButton(page, 'Link by dragging').click();
  await linkReady(page);
  const at = await positionOf(page, ali);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 80, at.y + 60, { steps: 8 });
  await page.mouse.move(at.x, at.y, { steps: 8 });
  await page.mouse.move(at.x + 2, at.y + 1, { steps: 3 });
  await page.mouse.up();
  await expect(page.getByRole('listbox', { name: /^Link / })).toHaveCount(0);
  await expectCounts(page, 2, 0);
  // Escape turns Link off again.
  await page.keyboard.press('Escape');
  await expect(toolbarButton(page, 'Link by dragging')).toHaveAttribute('aria-pressed', 'false');
});

test('double-clicking a person renames them inline', async ({ page }) => {
  const { ali } = await boardWithAliAndBo(page);
  const at = await positionOf(page, ali);
  await page.mouse.dblclick(at.x, at.y);
  const box = renameBox(page, 'Ali');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('Ali');
  await page.keyboard.type('Alina');
  await page.keyboard.press('Enter');
  await expect(box).toBeHidden();
  await expect(personOption(page, 'Alina')).toBeVisible();
  await expect(personOption(page, 'Ali')).toHaveCount(0);
});

test('a person dragged to a new spot is still there after a reload', async ({ page }) => {
  const { boardId, ali, bo } = await boardWithAliAndBo(page);
  const centre = await canvasCentre(page);
  const cy = await addPersonByDoubleClick(
    page,
    boardId,
    { x: centre.x + 60, y: centre.y - 180 },
    'Cy',
  );

  const before = {
    ali: await positionOf(page, ali),
    bo: await positionOf(page, bo),
    cy: await positionOf(page, cy),
  };
  const target: Point = { x: before.cy.x - 160, y: before.cy.y + 90 };
  await drag(page, before.cy, target);
  // The drop is saved as one undo step named "Move".
  await expect(headerButton(page, 'Undo')).toHaveAttribute('title', /Move/);

  const moved = await positionOf(page, cy);
  expect(Math.abs(moved.x - target.x)).toBeLessThan(4);
  expect(Math.abs(moved.y - target.y)).toBeLessThan(4);
  // Nobody else moved.
  expect(await positionOf(page, ali)).toEqual(before.ali);

  await page.reload();
  await waitForTestApi(page);
  await waitForDrawn(page, 3);
  const after = {
    ali: await positionOf(page, ali),
    bo: await positionOf(page, bo),
    cy: await positionOf(page, cy),
  };
  // The first fit after loading may zoom and pan differently: compare shapes, not pixels. Using
  // Ali → Bo (neither moved) as the unit, Cy must sit where it was dropped relative to Ali.
  const scale =
    Math.hypot(after.bo.x - after.ali.x, after.bo.y - after.ali.y) /
    Math.hypot(before.bo.x - before.ali.x, before.bo.y - before.ali.y);
  const expected = {
    x: after.ali.x + (moved.x - before.ali.x) * scale,
    y: after.ali.y + (moved.y - before.ali.y) * scale,
  };
  expect(Math.abs(after.cy.x - expected.x)).toBeLessThan(4);
  expect(Math.abs(after.cy.y - expected.y)).toBeLessThan(4);
});

test('clicking a person and pressing Delete removes them; undo and redo by keys and buttons', async ({
  page,
}) => {
  const { ali } = await boardWithAliAndBo(page);
  const at = await positionOf(page, ali);
  await page.mouse.click(at.x, at.y);
  await expect(personPanel(page, 'Ali')).toBeVisible();
  await expect(personOption(page, 'Ali')).toHaveAttribute('aria-selected', 'true');

  const gone = async () => {
    await expect(personOption(page, 'Ali')).toHaveCount(0);
    await expectCounts(page, 1, 0);
    await expectDrawn(page, ali, false);
  };
  const back = async () => {
    await expect(personOption(page, 'Ali')).toBeVisible();
    await expectCounts(page, 2, 0);
    await expectDrawn(page, ali, true);
  };

  await page.keyboard.press('Delete');
  await gone();
  await expect(messages(page).getByText('Deleted Ali.')).toBeVisible();

  await page.keyboard.press('Control+z');
  await back();
  await page.keyboard.press('Control+Shift+z');
  await gone();
  await page.keyboard.press('Control+z');
  await back();
  await page.keyboard.press('Control+y');
  await gone();

  const undo = headerButton(page, 'Undo');
  const redo = headerButton(page, 'Redo');
  await expect(redo).toBeDisabled();
  await undo.click();
  await back();
  await expect(redo).toBeEnabled();
  await redo.click();
  await gone();
  await expect(redo).toBeDisabled();
});
