import { expect, type BrowserContext, type Page } from '@playwright/test';
import { createBoard, start } from './app';
import { waitForTestApi } from './board';

/** Tab A creates a board; tab B (same browser, same device) opens it. */
export async function twoTabsOnOneBoard(
  context: BrowserContext,
  title = 'Shared board',
): Promise<{ a: Page; b: Page; boardId: string }> {
  const a = await context.newPage();
  await start(a);
  const boardId = await createBoard(a, { title });
  await waitForTestApi(a);
  const b = await context.newPage();
  await b.goto(`/?e2e#/board/${encodeURIComponent(boardId)}`);
  await expect(b.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await waitForTestApi(b);
  return { a, b, boardId };
}
