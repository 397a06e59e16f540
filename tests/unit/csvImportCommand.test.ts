import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, runCommand, undo } from '../../src/commands/bus';
import type { Command } from '../../src/commands/command';
import { setUserName } from '../../src/commands/identity';
import { importRecords } from '../../src/commands/import/importRecords';
import { deleteSelection } from '../../src/commands/people/deleteSelection';
import { addPlace } from '../../src/commands/places/addPlace';
import type { PeersDb } from '../../src/db/database';
import { boardIndexOf } from '../../src/domain/formats/csvImport/boardIndex';
import { buildRows } from '../../src/domain/formats/csvImport/buildRows';
import { guessMapping } from '../../src/domain/formats/csvImport/headers';
import { planImport, type DuplicateChoice } from '../../src/domain/formats/csvImport/importPlan';
import { parseCsv } from '../../src/domain/formats/csvImport/parseCsv';
import { importTargets, type ImportKind } from '../../src/domain/formats/csvImport/targets';
import { guessValues } from '../../src/domain/formats/csvImport/values';
import { newPerson } from '../../src/domain/kinds/person';
import { boardWithPeople, dumpBoard, expectRefused, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  await boardWithPeople('b1', ['Ali', 'Bea']);
});
afterEach(() => {
  setUserName('');
  d.close();
});

/** What the board holds now, as the wizard's index of it. */
async function index() {
  const dump = await dumpBoard(d, 'b1');
  return boardIndexOf({
    board: { id: 'b1' },
    people: dump.people as never,
    places: dump.places as never,
    incidents: dump.incidents as never,
    associations: dump.associations as never,
  });
}

/** A sample file read, checked and planned as the wizard does, then its import command. */
async function importOf(
  path: string,
  kind: ImportKind,
  choices = new Map<number, DuplicateChoice>(),
): Promise<Command> {
  const parsed = parseCsv(new Uint8Array(readFileSync(path)), 'sample.csv', { delimiter: null });
  if (!parsed.ok) throw new Error(parsed.message);
  const mapping = guessMapping(parsed.table.columns, importTargets[kind]);
  const values = guessValues(parsed.table, mapping, importTargets[kind]);
  const built = buildRows(parsed.table, {
    kind,
    mapping,
    values,
    index: await index(),
    addMissingPeople: false,
  });
  const positions = await d.positions.where('boardId').equals('b1').toArray();
  return importRecords('b1', `Import from sample.csv`, planImport(built, choices, positions));
}

const PEOPLE = 'fixtures/import/harrowfield-cohort-people.csv';

describe('importRecords', () => {
  it('adds the whole file as one undo step, with positions clear of the people drawn', async () => {
    const before = await dumpBoard(d, 'b1');
    await mustRun(await importOf(PEOPLE, 'people'));
    const people = await d.people.where('boardId').equals('b1').toArray();
    expect(people).toHaveLength(10);
    const zoe = people.find((p) => p.displayName === 'Zoë Adeyemi')!;
    expect(zoe).toMatchObject({
      reference: 'HF-2041',
      riskLevel: 'significant',
      dateOfBirth: '2010-02-14',
    });
    expect(zoe.createdAt).not.toBe('1970-01-01T00:00:00.000Z');
    const spot = await d.positions.get(`network:${zoe.id}`);
    expect(spot?.x).toBeGreaterThan(200);
    const log = await d.changeLog.where('boardId').equals('b1').toArray();
    expect(log.filter((l) => l.command === 'importCsv')).toHaveLength(1);

    await undo('b1');
    expect(await dumpBoard(d, 'b1')).toEqual(before);
    await redo('b1');
    expect(await d.people.where('boardId').equals('b1').count()).toBe(10);
  });

  it('merges into a record on the board, and undo puts the record back as it was', async () => {
    await mustRun(await importOf(PEOPLE, 'people'));
    const zoe = (await d.people.where('boardId').equals('b1').toArray()).find(
      (p) => p.reference === 'HF-2041',
    )!;
    const { updatePerson } = await import('../../src/commands/people/updatePerson');
    await mustRun(updatePerson(zoe, { riskLevel: 'none', school: 'Changed in the app' }));
    const edited = await d.people.get(zoe.id);

    // The same file again: line 2 (Zoë) merged, the rest skipped.
    await mustRun(await importOf(PEOPLE, 'people', new Map([[2, 'merge']])));
    expect(await d.people.where('boardId').equals('b1').count()).toBe(10);
    expect(await d.people.get(zoe.id)).toMatchObject({
      riskLevel: 'significant',
      school: 'Harrowfield Academy',
    });
    await undo('b1');
    // Back as it was, but for the time of the undo.
    expect({ ...(await d.people.get(zoe.id)), updatedAt: '' }).toEqual({
      ...edited,
      updatedAt: '',
    });
  });

  it('refuses the whole import when a place it names was deleted meanwhile; nothing is stored', async () => {
    await mustRun(
      addPlace('b1', 'x1', {
        name: 'Harrowfield bus station',
        kind: 'transport',
        geometry: { type: 'Point', coordinates: [-1.5, 53.4] },
      }),
    );
    await mustRun(await importOf(PEOPLE, 'people'));
    const incidents = await importOf('fixtures/import/harrowfield-incidents.tsv', 'incidents');
    // Only the first row's place is on the board; the others' rows are left out.
    await mustRun(deleteSelection('b1', [], [], 'Delete the place', { places: ['x1'] }));
    const before = await dumpBoard(d, 'b1', { includeLog: true });
    expectRefused(
      await runCommand(incidents),
      /A place the incidents are at is no longer on the board/,
    );
    expect(await dumpBoard(d, 'b1', { includeLog: true })).toEqual(before);
  });

  it('the writer adds fresh records: an id already stored fails the whole write', async () => {
    const before = await dumpBoard(d, 'b1', { includeLog: true });
    const clash: Command = {
      name: 'importCsv',
      label: 'Import',
      scope: 'b1',
      boardId: 'b1',
      plan: () =>
        Promise.resolve([
          {
            table: 'people',
            id: 'new-9',
            after: newPerson('new-9', 'b1', { displayName: 'Kit' }),
            fresh: true,
          },
          {
            table: 'people',
            id: 'p1',
            after: newPerson('p1', 'b1', { displayName: 'Not Ali' }),
            fresh: true,
          },
        ]),
    };
    const result = await runCommand(clash);
    expect(result.ok).toBe(false);
    expect(await dumpBoard(d, 'b1', { includeLog: true })).toEqual(before);
  });
});
