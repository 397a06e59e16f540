import { expect, test, type Page } from '@playwright/test';
import { addTrainingBoard, createBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import { expectCounts, storedRecords, waitForDrawn } from './pages/board';
import { chooseCsv, importButton, openCsvImport, toCheck } from './pages/csvImport';
import { exportData } from './pages/exports';

/**
 * CSV out and back in: the training board's people and associations, exported as CSV through the
 * Export menu, imported through the CSV wizard into an empty board, with the guessed mapping.
 */

type Person = {
  boardId: string;
  id: string;
  displayName: string;
  fullName: string;
  riskLevel: string;
  kind: string;
  harmRole: string;
  age: number | null;
  dateOfBirth: string | null;
  school: string;
  tags: string[];
};
type Link = {
  boardId: string;
  fromId: string;
  toId: string;
  kind: string;
  confidence: string;
  firstReported: string | null;
};

async function shape(page: Page, boardId: string) {
  const people = (await storedRecords<Person>(page, 'people')).filter((p) => p.boardId === boardId);
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  return {
    people: people
      .map(
        ({ displayName, fullName, riskLevel, kind, harmRole, age, dateOfBirth, school, tags }) => ({
          displayName,
          fullName,
          riskLevel,
          kind,
          harmRole,
          age,
          dateOfBirth,
          school,
          tags,
        }),
      )
      .sort((a, b) => a.displayName.localeCompare(b.displayName)),
    associations: (await storedRecords<Link>(page, 'associations'))
      .filter((a) => a.boardId === boardId)
      .map((a) => ({
        ends: [nameOf.get(a.fromId), nameOf.get(a.toId)].sort().join(' – '),
        kind: a.kind,
        confidence: a.confidence,
        firstReported: a.firstReported,
      }))
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
  };
}

test('people and associations exported as CSV come back with the same fields', async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  const trainingId = await openBoard(page, TRAINING_TITLE);
  const files = await exportData(
    page,
    'CSV tables',
    { untick: ['Places', 'Incidents', 'Actions'] },
    2,
  );
  const people = files.find((f) => /people/i.test(f.name))!;
  const associations = files.find((f) => /associations/i.test(f.name))!;
  const original = await shape(page, trainingId);

  await page.goto('/?e2e#/');
  const copyId = await createBoard(page, { title: 'Back from CSV' });
  await waitForDrawn(page, 0);
  let dialog = await openCsvImport(page);
  await chooseCsv(dialog, 'People', people.path);
  await toCheck(dialog);
  await importButton(dialog, 'Import 16 people').click();
  await expect(dialog).toBeHidden();
  dialog = await openCsvImport(page);
  await chooseCsv(dialog, 'Associations between people', associations.path);
  await toCheck(dialog);
  await importButton(dialog, 'Import 22 associations').click();
  await expect(dialog).toBeHidden();
  await expectCounts(page, 16, 22);
  expect(await shape(page, copyId)).toEqual(original);
});
