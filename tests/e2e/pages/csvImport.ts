import { expect, type Locator, type Page } from '@playwright/test';
import { toolbarButton } from './board';

/**
 * The CSV import wizard, opened from the board toolbar's Import menu and driven as a user would:
 * the kind of record, a file chosen in the file input, Next through the steps, Import.
 */

export const SAMPLES = 'fixtures/import';
export const HOSTILE = 'tests/fixtures/hostile';

export const importDialog = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Import from a CSV file' });

export async function openCsvImport(page: Page): Promise<Locator> {
  await toolbarButton(page, 'Import').click();
  await page
    .getByRole('menu', { name: 'Import into this board from' })
    .getByRole('menuitem', { name: 'CSV file…' })
    .click();
  const dialog = importDialog(page);
  await expect(dialog.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
  return dialog;
}

export type FileToImport = string | { name: string; mimeType: string; buffer: Buffer };

/** Picks what the file lists, then the file; waits until it is read (or refused). */
export async function chooseCsv(
  dialog: Locator,
  kind: 'People' | 'Associations between people' | 'Places' | 'Incidents',
  file: FileToImport,
): Promise<void> {
  await dialog.getByRole('radio', { name: kind, exact: true }).check();
  await dialog.getByLabel('CSV file').setInputFiles(file);
}

/** Clicks the step's "Next: …" button and waits for the next step's heading. */
export async function next(dialog: Locator, heading: string): Promise<void> {
  await dialog.getByRole('button', { name: /^Next: / }).click();
  await expect(dialog.getByRole('heading', { name: heading, exact: true })).toBeVisible();
}

/** From the columns step to the check step, with the guesses as they are. */
export async function toCheck(dialog: Locator): Promise<void> {
  await next(dialog, 'Match the values');
  await next(dialog, 'Check the rows');
  await expect(
    dialog.getByRole('status').filter({ hasText: /can be imported\.|No rows/ }),
  ).toBeVisible();
}

/** The Import button, named with what it will do ("Import 8 people"). */
export const importButton = (dialog: Locator, name: string | RegExp): Locator =>
  dialog.getByRole('button', { name });

/** The column select for a heading. */
export const fieldFor = (dialog: Locator, header: string): Locator =>
  dialog.getByRole('combobox', { name: `Field for column ${header}`, exact: true });

/** Every problem listed in the check step, as text. */
export async function problemLines(dialog: Locator, source: string): Promise<string[]> {
  const list = dialog.getByRole('region', { name: `Problems in ${source}` });
  return list.getByRole('listitem').allInnerTexts();
}
