import { expect, type Locator, type Page } from '@playwright/test';

/** The board list and the first-run name question: what every test goes through first. */

export const USER = 'Chair Person';

/** `YYYY-MM-DD` for today plus `days`, in the browser's local calendar (as the app computes it). */
export function isoDay(days = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A `YYYY-MM-DD` date as the app shows it to people in the UK: "21 Nov 2026". */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Opens the app with the test API and answers "Who is using this device?". */
export async function start(page: Page, userName = USER): Promise<void> {
  await page.goto('/?e2e');
  await answerNameDialog(page, userName);
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible();
}

export async function answerNameDialog(page: Page, userName = USER): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Who is using this device?' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Your name').fill(userName);
  await dialog.getByRole('button', { name: 'Continue' }).click();
  await expect(dialog).toBeHidden();
}

export interface BoardFields {
  title: string;
  purpose?: string;
  owner?: string;
  reviewDate?: string;
}

export function newBoardDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'New board' });
}

/** Fills the "New board" form (leaving the defaults for what is not given) and submits it. */
export async function fillNewBoard(page: Page, fields: BoardFields): Promise<Locator> {
  await page.getByRole('button', { name: 'New board', exact: true }).click();
  const dialog = newBoardDialog(page);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Title', { exact: true }).fill(fields.title);
  await dialog
    .getByLabel('Why are we mapping?')
    .fill(fields.purpose ?? 'Strategy meeting about a peer group (fictional).');
  if (fields.owner !== undefined)
    await dialog.getByLabel('Owner', { exact: true }).fill(fields.owner);
  if (fields.reviewDate !== undefined)
    await dialog.getByLabel('Review date').fill(fields.reviewDate);
  await dialog.getByRole('button', { name: 'Create board' }).click();
  return dialog;
}

/** Creates a board through "New board"; it opens. Returns the new board's id (from the address). */
export async function createBoard(page: Page, fields: BoardFields): Promise<string> {
  await fillNewBoard(page, fields);
  await expect(
    page.getByRole('heading', { level: 1, name: fields.title, exact: true }),
  ).toBeVisible();
  await expect(page).toHaveURL(/#\/board\//);
  return boardIdOf(page);
}

export function boardIdOf(page: Page): string {
  const m = /#\/board\/([^/?#]+)/.exec(page.url());
  if (!m?.[1]) throw new Error(`not on a board: ${page.url()}`);
  return decodeURIComponent(m[1]);
}

/** The board cards on the list page. */
export function boardCards(page: Page): Locator {
  return page.getByRole('list', { name: 'Boards on this device' }).getByRole('listitem');
}

export function boardCard(page: Page, title: string): Locator {
  return page.getByRole('listitem', { name: title, exact: true });
}

export async function backToBoards(page: Page): Promise<void> {
  await page.getByRole('button', { name: '← All boards' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boards' })).toBeVisible();
}

/** Opens a board from the list by its title; returns its id. */
export async function openBoard(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: `Open ${title}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  return boardIdOf(page);
}

export const TRAINING_TITLE = 'Training: Harrowfield peer-group mapping (fictional)';

export async function addTrainingBoard(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add training board' }).click();
  await expect(boardCard(page, TRAINING_TITLE)).toBeVisible();
}

/** The short messages at the foot of the screen ("Deleted … Undo"). */
export function messages(page: Page): Locator {
  return page.getByRole('list', { name: 'Messages' });
}

/** The header's Undo / Redo (not the "Undo" offered on a message). */
export function headerButton(page: Page, name: 'Undo' | 'Redo'): Locator {
  return page.locator('header.app-header').getByRole('button', { name, exact: true });
}

export function saveStatus(page: Page): Locator {
  return page.locator('header.app-header').getByRole('status');
}

/**
 * A button of the board's header, wherever the header put it: on its row, or folded into its "More"
 * panel when the window is too narrow for all of them (the panel is then opened, as a person would).
 */
export async function headerTool(page: Page, name: string): Promise<Locator> {
  const header = page.locator('header.app-header');
  const onRow = header.getByRole('button', { name, exact: true });
  if (await onRow.isVisible()) return onRow;
  await header.getByRole('button', { name: 'More board tools' }).click();
  return header
    .getByRole('group', { name: 'More board tools' })
    .getByRole('button', { name, exact: true });
}
