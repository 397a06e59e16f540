import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { tooLargeCsv } from '../fixtures/hostile/csv-too-large';
import { createBoard, headerButton, messages, start } from './pages/app';
import { expectCounts, peopleList, personOption, waitForDrawn } from './pages/board';
import {
  chooseCsv,
  fieldFor,
  HOSTILE,
  importButton,
  importDialog,
  next,
  openCsvImport,
  problemLines,
  SAMPLES,
  toCheck,
  type FileToImport,
} from './pages/csvImport';
import { rawDatabaseDump } from './pages/storage';

/**
 * The CSV import wizard, from the board toolbar's Import menu, with the sample files of a fictional
 * Harrowfield case system (fixtures/import) and the hostile ones (tests/fixtures/hostile/csv-*):
 * people onto the network, associations between them, places onto the map, incidents at those
 * places; duplicates merged, skipped or added; one undo for a whole import; a long read cancelled;
 * bad files refused with the file, line, column and reason, and nothing stored.
 */

const COHORT = `${SAMPLES}/harrowfield-cohort-people.csv`;
const placesList = (page: Page) => page.getByRole('navigation', { name: 'Places on this board' });
const mapBox = (page: Page) => page.locator('.map-canvas');

test.beforeEach(async ({ page }) => {
  await start(page);
  await createBoard(page, { title: 'Harrowfield cohort (fictional)' });
});

/** Imports a file with the guessed mapping; returns the dialog's last state (it closes). */
async function importAll(
  page: Page,
  kind: Parameters<typeof chooseCsv>[1],
  file: FileToImport,
  button: string | RegExp,
): Promise<void> {
  const dialog = await openCsvImport(page);
  await chooseCsv(dialog, kind, file);
  await expect(dialog.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await toCheck(dialog);
  await importButton(dialog, button).click();
  await expect(dialog).toBeHidden();
}

test('imports a cohort of people from a case system: on the network, one undo removes them all', async ({
  page,
}, info) => {
  const dialog = await openCsvImport(page);
  await page.screenshot({ path: info.outputPath('1-file.png') });
  await chooseCsv(dialog, 'People', COHORT);
  await expect(dialog.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(dialog).toContainText(
    '“harrowfield-cohort-people.csv”: 8 rows, read as Windows-1252, cells separated by semicolons.',
  );
  await expect(fieldFor(dialog, 'D.O.B.')).toHaveValue('dateOfBirth');
  await expect(fieldFor(dialog, 'Key worker')).toHaveValue('leadPractitioner');
  await page.screenshot({ path: info.outputPath('2-columns.png') });
  await next(dialog, 'Match the values');
  await expect(dialog.getByRole('combobox', { name: 'Risk level for “High”' })).toHaveValue(
    'significant',
  );
  await page.screenshot({ path: info.outputPath('3-values.png') });
  await next(dialog, 'Check the rows');
  await expect(dialog.getByText('8 of 8 rows can be imported.')).toBeVisible();
  await page.screenshot({ path: info.outputPath('4-check.png') });
  await importButton(dialog, 'Import 8 people').click();
  await expect(dialog).toBeHidden();

  await expect(messages(page)).toContainText(
    'Imported 8 people from “harrowfield-cohort-people.csv”.',
  );
  await waitForDrawn(page, 8, 0);
  await expectCounts(page, 8, 0);
  // Windows-1252 names read right.
  await expect(personOption(page, 'Zoë Adeyemi')).toBeVisible();
  await expect(personOption(page, 'Josué Martín')).toBeVisible();

  await headerButton(page, 'Undo').click();
  await waitForDrawn(page, 0, 0);
  await expectCounts(page, 0, 0);
});

test('the whole import works from the keyboard', async ({ page }) => {
  const importMenuButton = page
    .getByRole('toolbar', { name: 'Network tools' })
    .getByRole('button', { name: 'Import' });
  await importMenuButton.focus();
  await page.keyboard.press('Enter');
  const item = page
    .getByRole('menu', { name: 'Import into this board from' })
    .getByRole('menuitem', { name: 'CSV file…' });
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = importDialog(page);
  // Each step's heading takes the focus; Tab goes on to the step's controls.
  await expect(dialog.getByRole('heading', { name: 'Choose the file' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: 'People', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  const chooser = page.waitForEvent('filechooser');
  await expect(dialog.getByLabel('CSV file')).toBeFocused();
  await page.keyboard.press('Space');
  await (await chooser).setFiles(COHORT);
  await expect(dialog.getByRole('heading', { name: 'Match the columns' })).toBeFocused();
  for (const heading of ['Match the values', 'Check the rows']) {
    await dialog.getByRole('button', { name: /^Next: / }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('heading', { name: heading })).toBeFocused();
  }
  const go = importButton(dialog, 'Import 8 people');
  await go.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await waitForDrawn(page, 8, 0);
  // Escape closes the wizard without importing.
  await openCsvImport(page);
  await page.keyboard.press('Escape');
  await expect(importDialog(page)).toBeHidden();
});

test('imports associations between the people imported, by case reference or name', async ({
  page,
}) => {
  await importAll(page, 'People', COHORT, 'Import 8 people');
  await waitForDrawn(page, 8, 0);
  await importAll(
    page,
    'Associations between people',
    `${SAMPLES}/harrowfield-associations.csv`,
    'Import 7 associations',
  );
  await waitForDrawn(page, 8, 7);
  await expectCounts(page, 8, 7);
});

test('an association naming someone not on the board: left out, or the person added', async ({
  page,
}, info) => {
  const dialog = await openCsvImport(page);
  await chooseCsv(dialog, 'Associations between people', `${SAMPLES}/harrowfield-associations.csv`);
  await toCheck(dialog);
  const lines = await problemLines(dialog, 'harrowfield-associations.csv');
  expect(lines[0]).toBe(
    'Line 2, column “Person”: no one called “HF-2047” (or with that case reference) is on this board',
  );
  await expect(importButton(dialog, 'Nothing to import')).toBeDisabled();
  await dialog.getByRole('checkbox', { name: /Add anyone the file names/ }).check();
  // Ten names: the file names some people by case reference, some by name, and nothing says
  // that "HF-2042" and "Liam Kershaw" are one person. The preview marks each as new.
  await expect(
    dialog.getByText(/10 people named in the file will be added to the board/),
  ).toBeVisible();
  await expect(
    dialog.getByRole('table', { name: /associations as they will be stored/ }),
  ).toContainText('HF-2047 (new)');
  await page.screenshot({ path: info.outputPath('associations-check.png') });
  await importButton(dialog, 'Import 7 associations').click();
  await waitForDrawn(page, 10, 7);
  await expect(personOption(page, 'Chloé Baptiste')).toBeVisible();
});

test('imports places: those with a latitude and longitude on the map, the other listed', async ({
  page,
}) => {
  await importAll(page, 'Places', `${SAMPLES}/harrowfield-places.csv`, 'Import 6 places');
  await expect(placesList(page).getByRole('heading', { name: 'Places (6)' })).toBeVisible();
  await page
    .getByRole('group', { name: 'Views' })
    .getByRole('button', { name: 'Map', exact: true })
    .click();
  await expect(mapBox(page).locator('.place-point')).toHaveCount(5);
  await expect(
    placesList(page).getByRole('button', { name: /^Harrowfield Lads group chat/ }),
  ).toBeVisible();
});

test('imports incidents at the places imported, with the people involved', async ({ page }) => {
  await importAll(page, 'People', COHORT, 'Import 8 people');
  await importAll(page, 'Places', `${SAMPLES}/harrowfield-places.csv`, 'Import 6 places');
  const dialog = await openCsvImport(page);
  await chooseCsv(dialog, 'Incidents', `${SAMPLES}/harrowfield-incidents.tsv`);
  await expect(dialog).toContainText('cells separated by tabs');
  await toCheck(dialog);
  const preview = dialog.getByRole('table', { name: /incidents as they will be stored/ });
  await expect(preview.getByRole('row').nth(1)).toContainText(
    '12 Mar 2026, 17:40Criminal exploitationHarrowfield bus stationLiam Kershaw (harmed), Ray Fenwick (harming)',
  );
  await expect(
    dialog.getByText('One incident gives a date but no time: recorded at 00:00.'),
  ).toBeVisible();
  await importButton(dialog, 'Import 5 incidents').click();
  await expect(messages(page)).toContainText(
    'Imported 5 incidents from “harrowfield-incidents.tsv”.',
  );
  await page
    .getByRole('group', { name: 'Views' })
    .getByRole('button', { name: 'Map', exact: true })
    .click();
  // The fifth is in the group chat, an online space: listed, with no spot on the map.
  await expect(mapBox(page)).toHaveAttribute('data-incidents-shown', '4');
});

test('the same cohort again: each likely duplicate merged, skipped or added as new', async ({
  page,
}, info) => {
  await importAll(page, 'People', COHORT, 'Import 8 people');
  await waitForDrawn(page, 8, 0);
  const dialog = await openCsvImport(page);
  await chooseCsv(dialog, 'People', COHORT);
  // This time the file's risk of "Low" is to be read as "None".
  await next(dialog, 'Match the values');
  await dialog.getByRole('combobox', { name: 'Risk level for “Low”' }).selectOption('none');
  await next(dialog, 'Check the rows');
  await next(dialog, 'Likely duplicates');
  const list = dialog.getByRole('region', { name: 'Likely duplicates' });
  await expect(list).toContainText('8 rows look like records already on this board.');
  await expect(importButton(dialog, 'Nothing to import')).toBeDisabled();
  await list.getByRole('combobox', { name: 'What to do with line 4' }).selectOption('merge');
  await list.getByRole('combobox', { name: 'What to do with line 5' }).selectOption('new');
  await page.screenshot({ path: info.outputPath('duplicates.png') });
  await importButton(dialog, 'Import 1 person and merge 1').click();
  await expect(messages(page)).toContainText('skipped 6 likely duplicates');
  await waitForDrawn(page, 9, 0);
  // Niamh (line 4) merged: her risk is now "None"; Josué (line 5) is on the board twice.
  await peopleList(page).getByRole('option').filter({ hasText: "Niamh O'Rourke" }).click();
  await expect(
    page
      .getByRole('complementary', { name: 'Details' })
      .getByRole('combobox', { name: 'Risk level' }),
  ).toHaveValue('none');
  await expect(personOption(page, 'Josué Martín')).toHaveCount(2);

  // Apply to all: every row added as new.
  const again = await openCsvImport(page);
  await chooseCsv(again, 'People', COHORT);
  await toCheck(again);
  await next(again, 'Likely duplicates');
  await again.getByRole('combobox', { name: 'For every row' }).selectOption('new');
  await again.getByRole('button', { name: 'Apply to all' }).click();
  await importButton(again, 'Import 8 people').click();
  await waitForDrawn(page, 17, 0);
});

test('cancelling a long read stops it; nothing is stored', async ({ page }) => {
  const rows = Array.from({ length: 30_000 }, (_, i) => `Person ${i},HF-${i},Low`).join('\n');
  const before = await rawDatabaseDump(page);
  await page.evaluate(() => window.__pp?.holdCsvParse());
  const dialog = await openCsvImport(page);
  await chooseCsv(dialog, 'People', {
    name: 'big-cohort.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`Name,Case ref,Risk\n${rows}\n`),
  });
  await expect(dialog.getByRole('status')).toHaveText(
    'Reading “big-cohort.csv”: 30,000 rows read…',
  );
  await dialog.getByRole('button', { name: 'Cancel reading' }).click();
  await expect(dialog.getByRole('status')).toHaveText(
    'Stopped reading “big-cohort.csv”. Nothing was imported.',
  );
  await expect(dialog.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
  // The worker is gone: a held answer let go now reaches nobody, and no step follows.
  await page.evaluate(() => window.__pp?.releaseCsvParse());
  await expect(dialog.getByLabel('CSV file')).toBeEnabled();
  await expect(dialog.getByRole('heading', { name: 'Match the columns' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close without importing' }).click();
  expect(await rawDatabaseDump(page)).toBe(before);
});

test.describe('hostile files', () => {
  /** Chooses a file the import must refuse; the message names it; nothing is stored. */
  async function expectRefused(page: Page, file: FileToImport, message: string | RegExp) {
    const before = await rawDatabaseDump(page);
    const dialog = await openCsvImport(page);
    await chooseCsv(dialog, 'People', file);
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Close without importing' }).click();
    expect(await rawDatabaseDump(page)).toBe(before);
  }

  test('an empty file, a heading row alone, a binary file renamed .csv, a file over the limit', async ({
    page,
  }) => {
    await expectRefused(
      page,
      `${HOSTILE}/csv-empty.csv`,
      '“csv-empty.csv” is empty: there is nothing to import',
    );
    await expectRefused(
      page,
      `${HOSTILE}/csv-header-only.csv`,
      '“csv-header-only.csv” has a heading row but no rows to import',
    );
    await expectRefused(
      page,
      `${HOSTILE}/csv-binary.csv`,
      /^“csv-binary\.csv” is not a CSV file: it holds binary data, not text/,
    );
    await expectRefused(
      page,
      { name: 'csv-too-large.csv', mimeType: 'text/csv', buffer: tooLargeCsv() },
      '“csv-too-large.csv” is 21 MB: too large to import (the limit is 20 MB). Split it into smaller files and import them one after another.',
    );
  });

  test('impossible dates and ragged rows: every problem by line, column and reason', async ({
    page,
  }, info) => {
    const dialog = await openCsvImport(page);
    await chooseCsv(dialog, 'People', `${HOSTILE}/csv-impossible-dates.csv`);
    await toCheck(dialog);
    const problems = dialog.getByRole('region', { name: 'Problems in csv-impossible-dates.csv' });
    await expect(problems.getByRole('heading')).toHaveText(
      '5 rows of “csv-impossible-dates.csv” have problems and will be left out',
    );
    expect(await problemLines(dialog, 'csv-impossible-dates.csv')).toEqual([
      'Line 2, column “DOB”: “2026-02-30” is not a real date: February 2026 has 28 days',
      'Line 3, column “DOB”: “31/13/2020” is not a real date: there is no month 13',
      'Line 4, column “DOB”: “29/02/2023” is not a real date: February 2023 has 28 days',
      'Line 5, column “DOB”: “yesterday” is not a date this import can read (write it as 2026-03-12 or 12/03/2026)',
      'Line 7, column “DOB”: “03/04/26” does not give the year in full (write 2026, not 26)',
    ]);
    await page.screenshot({ path: info.outputPath('problems.png') });
    // Closing without importing leaves everything as it was.
    const before = await rawDatabaseDump(page);
    await dialog.getByRole('button', { name: 'Close without importing' }).click();
    expect(await rawDatabaseDump(page)).toBe(before);

    const ragged = await openCsvImport(page);
    await chooseCsv(ragged, 'People', `${HOSTILE}/csv-ragged.csv`);
    await toCheck(ragged);
    expect(await problemLines(ragged, 'csv-ragged.csv')).toEqual([
      'Line 3: this row has 5 cells but the heading row has 3 columns: a cell may hold an unquoted delimiter',
      'Line 4: this row has 1 cell but the heading row has 3 columns: cells are missing',
    ]);
    await importButton(ragged, 'Import 2 people').click();
    await waitForDrawn(page, 2, 0);
  });

  test('formulas are kept as the text typed; HTML and script show as text and never run', async ({
    page,
  }) => {
    const dialog = await openCsvImport(page);
    await chooseCsv(dialog, 'People', `${HOSTILE}/csv-formulas.csv`);
    await toCheck(dialog);
    await expect(dialog.getByText(/^5 cells start with =, \+, - or @/)).toBeVisible();
    await importButton(dialog, 'Import 5 people').click();
    await waitForDrawn(page, 5, 0);
    for (const name of ['=1+1', '@SUM(A1:A9)', '+44 7700 900123', '-Dee-'])
      await expect(personOption(page, name)).toBeVisible();

    await importAll(page, 'People', `${HOSTILE}/csv-html.csv`, 'Import 3 people');
    await waitForDrawn(page, 8, 0);
    await expect(personOption(page, '<script>window.__pwned = 1</script>')).toBeVisible();
    await expect(personOption(page, '<img src=x onerror="window.__pwned = 2">')).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await page.locator('.people-list img, .people-list b, .people-list script').count(),
    ).toBe(0);
  });
});

/** The sample files are what the README says they are. */
test('the sample people file is Windows-1252 and semicolon-separated, as from a case system', () => {
  const bytes = readFileSync(COHORT);
  expect(bytes.includes(Buffer.from([0xeb]))).toBe(true); // ë in Windows-1252
  expect(bytes.toString('latin1').split('\r\n')[0]).toContain(';');
});
