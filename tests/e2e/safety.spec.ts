import { expect, test, type Page } from '@playwright/test';
import { createBoard, start } from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  details,
  personOption,
  positionOf,
  renameBox,
  selectInList,
  waitForDrawn,
  waitForTestApi,
} from './pages/board';

const IMG = '<img src=x onerror="window.__xss=1">';
const BOLD = '<b>bold</b>';
const FORMULA = '=SUM(1,2) Dee';
const NAMES = [IMG, BOLD, FORMULA] as const;

declare global {
  interface Window {
    __xss?: unknown;
  }
}

async function boardWithAwkwardNames(page: Page): Promise<{ boardId: string; ids: string[] }> {
  await start(page);
  const boardId = await createBoard(page, { title: 'Names as typed' });
  await waitForTestApi(page);
  await canvas(page).focus();
  const ids: string[] = [];
  for (const name of NAMES) ids.push(await addPersonByKeyboard(page, boardId, name));
  return { boardId, ids };
}

async function expectNothingInjected(page: Page): Promise<void> {
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('b', { hasText: /^bold$/ })).toHaveCount(0);
}

test('names that look like HTML or formulas are shown exactly as typed, never run', async ({
  page,
}) => {
  const { ids } = await boardWithAwkwardNames(page);

  for (const [i, name] of NAMES.entries()) {
    // People list
    await expect(personOption(page, name)).toHaveCount(1);
    await expect(personOption(page, name).locator('span').first()).toHaveText(name);
    // Panel heading
    await selectInList(page, [name]);
    await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(name);
    await expect(details(page).getByLabel('Name shown')).toHaveValue(name);
    // On the diagram: the inline rename box drawn over the person carries the name as typed.
    const at = await positionOf(page, ids[i]!);
    await page.mouse.dblclick(at.x, at.y);
    const box = renameBox(page, name);
    await expect(box).toBeFocused();
    await expect(box).toHaveValue(name);
    await page.keyboard.press('Escape');
    await expect(box).toBeHidden();
  }
  await expectNothingInjected(page);

  await page.reload();
  await waitForDrawn(page, 3);
  for (const name of NAMES)
    await expect(personOption(page, name).locator('span').first()).toHaveText(name);
  await expectNothingInjected(page);
});

test('the diagram labels show names exactly as typed', async ({ page }) => {
  const { ids } = await boardWithAwkwardNames(page);
  for (const [i, name] of NAMES.entries()) {
    // The label Cytoscape draws is on a canvas, out of reach of the DOM: ask the diagram.
    const label = await page.evaluate((id) => window.__pp?.nodeLabel(id) ?? null, ids[i]!);
    expect(label).toBe(name);
  }
  await expectNothingInjected(page);
});
