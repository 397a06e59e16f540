import { expect, test } from '@playwright/test';
import { createBoard, messages, start } from './pages/app';
import { expectCounts, waitForDrawn } from './pages/board';
import { chooseCsv, importButton, openCsvImport, SAMPLES, toCheck } from './pages/csvImport';

test('imports a cohort of people from a case system, and they are drawn on the network', async ({
  page,
}, info) => {
  await start(page);
  await createBoard(page, { title: 'Harrowfield cohort (fictional)' });
  const dialog = await openCsvImport(page);
  await chooseCsv(dialog, 'People', `${SAMPLES}/harrowfield-cohort-people.csv`);
  await expect(dialog.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(dialog).toContainText('read as Windows-1252, cells separated by semicolons');
  await page.screenshot({ path: info.outputPath('columns.png') });
  await toCheck(dialog);
  await page.screenshot({ path: info.outputPath('check.png') });
  await importButton(dialog, 'Import 8 people').click();
  await expect(dialog).toBeHidden();
  await expect(messages(page)).toContainText('Imported 8 people from “harrowfield-cohort-people.csv”');
  await waitForDrawn(page, 8, 0);
  await expectCounts(page, 8, 0);
});
