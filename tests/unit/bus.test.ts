import { resetSaveStatus, saveStatus } from '../../src/db/saveStatus';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { redo, runCommand, undo } from '../../src/commands/bus';
import { addBoardRecords } from '../../src/commands/boards/addBoardRecords';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import { addPerson } from '../../src/commands/people/addPerson';
import { deleteSelection } from '../../src/commands/people/deleteSelection';
import { updatePerson } from '../../src/commands/people/updatePerson';
import type { PeersDb } from '../../src/db/database';
import { newAssociation } from '../../src/domain/kinds/association';
import { newBoard } from '../../src/domain/kinds/board';
import { newPerson } from '../../src/domain/kinds/person';
import { newPosition } from '../../src/domain/kinds/position';
import { freshDb } from './dbHelpers';
import {
  boardFields,
  boardWithPeople,
  dumpBoard,
  expectRefused,
  getPerson,
  mustRun,
  withoutStamps,
} from './busHelpers';
import {
  sampleAction,
  sampleGroup,
  sampleIncident,
  sampleMembership,
  samplePlace,
  samplePlaceLink,
} from './sampleRecords';

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  resetSaveStatus();
});

afterEach(() => {
  setUserName('');
  d.close();
});

const ali = { id: 'p1', name: 'Ali' };
const bea = { id: 'p2', name: 'Bea' };
const cal = { id: 'p3', name: 'Cal' };

describe('runCommand', () => {
  it('writes the records and exactly one change-log entry', async () => {
    await boardWithPeople();
    const logBefore = await d.changeLog.count();
    const result = await runCommand(addPerson('b1', 'p9', { displayName: 'Dee' }, { x: 5, y: 6 }));
    expect(result.ok).toBe(true);

    const dee = await getPerson(d, 'p9');
    expect(dee.displayName).toBe('Dee');
    expect(dee.createdAt).not.toBe('1970-01-01T00:00:00.000Z');
    expect(await d.positions.get('network:p9')).toMatchObject({ x: 5, y: 6, nodeId: 'p9' });

    expect(await d.changeLog.count()).toBe(logBefore + 1);
    const entry = (await d.changeLog.orderBy('at').toArray()).pop()!;
    expect(entry).toMatchObject({
      boardId: 'b1',
      who: 'Sam Patel',
      what: 'Add Dee',
      command: 'addPerson',
      origin: 'local',
    });
    expect(entry.changes).toEqual([
      { table: 'people', id: 'p9', op: 'create' },
      { table: 'positions', id: 'network:p9', op: 'create' },
    ]);
    expect(history.peekUndo('b1')?.label).toBe('Add Dee');
  });

  it('keeps the times records are given when a command asks (a board from a file), and numbers after its change log', async () => {
    const made = '2026-01-02T03:04:05.000Z';
    const edited = '2026-02-03T04:05:06.000Z';
    const board = { ...newBoard('bf', boardFields), createdAt: made, updatedAt: edited };
    const ali = {
      ...newPerson('pf', 'bf', { displayName: 'Ali' }),
      createdAt: made,
      updatedAt: edited,
    };
    const logged = {
      id: 'log-from-file',
      boardId: 'bf',
      createdAt: made,
      updatedAt: made,
      at: made,
      who: 'Sam',
      what: 'Add Ali',
      command: 'addPerson',
      origin: 'local' as const,
      version: 41,
      tab: 'elsewhere',
      changes: [{ table: 'people', id: 'pf', op: 'create' as const }],
    };
    const command = addBoardRecords(
      board,
      [
        { table: 'people', record: ali },
        { table: 'changeLog', record: logged },
      ],
      'Open board file',
    );
    await mustRun({ ...command, keepStamps: true });
    expect(await getPerson(d, 'pf')).toMatchObject({ createdAt: made, updatedAt: edited });
    expect(await d.boards.get('bf')).toMatchObject({ createdAt: made, updatedAt: edited });
    const versions = (await d.changeLog.where('boardId').equals('bf').toArray()).map(
      (e) => e.version,
    );
    expect(versions.sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([41, 42]);

    // Without the flag the writer stamps the time of writing, as for every edit.
    await mustRun({
      ...addBoardRecords(
        { ...newBoard('bg', boardFields), createdAt: made, updatedAt: edited },
        [],
        'New board',
      ),
    });
    expect((await d.boards.get('bg'))?.updatedAt).not.toBe(edited);
  });

  it('refuses an invalid record and writes nothing', async () => {
    await boardWithPeople();
    const people = await d.people.count();
    const positions = await d.positions.count();
    const log = await d.changeLog.count();
    const top = history.peekUndo('b1');

    const result = await runCommand(addPerson('b1', 'p9', { displayName: '   ' }, { x: 0, y: 0 }));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/empty/);
    expect(await d.people.count()).toBe(people);
    expect(await d.positions.count()).toBe(positions);
    expect(await d.changeLog.count()).toBe(log);
    expect(history.peekUndo('b1')).toBe(top);
    expect(saveStatus().saveError).toMatch(/empty/);
  });

  it('stores HTML in a name as plain text', async () => {
    await boardWithPeople();
    const html = '<img src=x onerror=alert(1)>';
    await mustRun(addPerson('b1', 'p9', { displayName: html }, { x: 0, y: 0 }));
    expect((await getPerson(d, 'p9')).displayName).toBe(html);
  });
});

describe('undo and redo', () => {
  it('addPerson: undo removes person and position, redo brings them back; both are logged', async () => {
    await boardWithPeople();
    await mustRun(addPerson('b1', 'p9', { displayName: 'Dee' }, { x: 5, y: 6 }));

    expect(await undo('b1')).toMatchObject({ ok: true });
    expect(await d.people.get('p9')).toBeUndefined();
    expect(await d.positions.get('network:p9')).toBeUndefined();
    expect(history.peekRedo('b1')?.label).toBe('Add Dee');

    expect(await redo('b1')).toMatchObject({ ok: true });
    expect((await getPerson(d, 'p9')).displayName).toBe('Dee');
    expect(await d.positions.get('network:p9')).toMatchObject({ x: 5, y: 6 });

    const log = await d.changeLog.orderBy('at').toArray();
    expect(log.slice(-2).map((e) => [e.origin, e.what])).toEqual([
      ['undo', 'Undo: Add Dee'],
      ['redo', 'Redo: Add Dee'],
    ]);
  });

  it('returns null when there is nothing to undo or redo', async () => {
    expect(await undo('b1')).toBeNull();
    expect(await redo('b1')).toBeNull();
  });

  it('updatePerson: undo restores the old value, redo the new one', async () => {
    await boardWithPeople();
    await mustRun(
      updatePerson(await getPerson(d, 'p1'), { displayName: 'Alia', riskLevel: 'moderate' }),
    );
    await undo('b1');
    expect(await getPerson(d, 'p1')).toMatchObject({
      displayName: 'Ali',
      riskLevel: 'not-assessed',
    });
    await redo('b1');
    expect(await getPerson(d, 'p1')).toMatchObject({ displayName: 'Alia', riskLevel: 'moderate' });
  });

  it('linkPeople: undo removes the association, redo restores it', async () => {
    await boardWithPeople();
    await mustRun(linkPeople('b1', 'a1', ali, bea, 'friendship'));
    expect(await d.associations.get('a1')).toMatchObject({
      fromId: 'p1',
      toId: 'p2',
      kind: 'friendship',
    });
    await undo('b1');
    expect(await d.associations.count()).toBe(0);
    await redo('b1');
    expect(await d.associations.get('a1')).toMatchObject({
      fromId: 'p1',
      toId: 'p2',
      kind: 'friendship',
    });
  });

  it('three quick renames of the same person are one undo step', async () => {
    await boardWithPeople();
    for (const name of ['A', 'Al', 'Alf'])
      await mustRun(updatePerson(await getPerson(d, 'p1'), { displayName: name }));
    expect((await getPerson(d, 'p1')).displayName).toBe('Alf');

    await undo('b1');
    expect((await getPerson(d, 'p1')).displayName).toBe('Ali');
    // The step before the renames is adding Cal, untouched by the undo.
    expect(history.peekUndo('b1')?.label).toBe('Add Cal');
    await redo('b1');
    expect((await getPerson(d, 'p1')).displayName).toBe('Alf');
  });

  it('edits of different fields or different people are separate steps', async () => {
    await boardWithPeople();
    await mustRun(updatePerson(await getPerson(d, 'p1'), { displayName: 'Alf' }));
    await mustRun(updatePerson(await getPerson(d, 'p1'), { notes: 'Note' }));
    await mustRun(updatePerson(await getPerson(d, 'p2'), { notes: 'Note' }));
    await undo('b1');
    await undo('b1');
    expect(await getPerson(d, 'p1')).toMatchObject({ displayName: 'Alf', notes: '' });
    expect((await getPerson(d, 'p2')).notes).toBe('');
  });
});

describe('linkPeople', () => {
  it('refuses to link a person to themself', async () => {
    await boardWithPeople();
    const result = await runCommand(linkPeople('b1', 'a1', ali, ali, 'friendship'));
    expectRefused(result, /themself/);
    expect(await d.associations.count()).toBe(0);
  });

  it('refuses a duplicate of the same kind in either direction, allows another kind', async () => {
    await boardWithPeople();
    await mustRun(linkPeople('b1', 'a1', ali, bea, 'friendship'));

    const same = await runCommand(linkPeople('b1', 'a2', ali, bea, 'friendship'));
    expectRefused(same, /Ali and Bea already have a friendship/);
    const reverse = await runCommand(linkPeople('b1', 'a3', bea, ali, 'friendship'));
    expect(reverse.ok).toBe(false);
    expect(await d.associations.count()).toBe(1);

    await mustRun(linkPeople('b1', 'a4', bea, ali, 'family'));
    await mustRun(linkPeople('b1', 'a5', ali, cal, 'friendship'));
    expect((await d.associations.toArray()).map((a) => a.id).sort()).toEqual(['a1', 'a4', 'a5']);
  });
});

describe('deleteSelection', () => {
  /** Board b1: Ali, Bea, Cal with everything that can hang off a person, added in one step. */
  async function busyBoard(): Promise<void> {
    const b = 'b1';
    const person = (id: string, name: string) => ({
      table: 'people' as const,
      record: newPerson(id, b, { displayName: name }),
    });
    await mustRun(
      addBoardRecords(
        newBoard(b, boardFields),
        [
          person('p1', 'Ali'),
          person('p2', 'Bea'),
          person('p3', 'Cal'),
          ...['p1', 'p2', 'p3'].map((id, i) => ({
            table: 'positions' as const,
            record: newPosition(b, id, i, i),
          })),
          {
            table: 'associations',
            record: newAssociation('a12', b, { fromId: 'p1', toId: 'p2', kind: 'friendship' }),
          },
          {
            table: 'associations',
            record: newAssociation('a31', b, { fromId: 'p3', toId: 'p1', kind: 'exploitation' }),
          },
          {
            table: 'associations',
            record: newAssociation('a23', b, { fromId: 'p2', toId: 'p3', kind: 'family' }),
          },
          { table: 'groups', record: sampleGroup('g1', b) },
          { table: 'memberships', record: sampleMembership('m1', b, 'g1', 'p1') },
          { table: 'memberships', record: sampleMembership('m2', b, 'g1', 'p2') },
          { table: 'places', record: samplePlace('pl1', b) },
          { table: 'placeLinks', record: samplePlaceLink('l1', b, 'pl1', 'p1') },
          {
            table: 'placeLinks',
            record: samplePlaceLink('l2', b, 'pl1', 'g1', { subjectKind: 'group' }),
          },
          {
            table: 'actions',
            record: sampleAction('ac1', b, { targetKind: 'person', targetId: 'p1' }),
          },
          {
            table: 'actions',
            record: sampleAction('ac2', b, { targetKind: 'person', targetId: 'p2' }),
          },
          { table: 'actions', record: sampleAction('ac3', b) },
          {
            table: 'incidents',
            record: sampleIncident('i1', b, {
              involved: [
                { personId: 'p1', role: 'harmed' },
                { personId: 'p2', role: 'witness' },
              ],
            }),
          },
        ],
        'Add busy board',
      ),
    );
  }

  it('deletes a person with their associations, memberships, links, position and actions, and takes them out of incidents', async () => {
    await busyBoard();
    await mustRun(deleteSelection('b1', ['p1'], [], 'Delete Ali'));

    expect((await d.people.toArray()).map((p) => p.id).sort()).toEqual(['p2', 'p3']);
    expect((await d.positions.toArray()).map((p) => p.id).sort()).toEqual([
      'network:p2',
      'network:p3',
    ]);
    expect((await d.associations.toArray()).map((a) => a.id)).toEqual(['a23']);
    expect((await d.memberships.toArray()).map((m) => m.id)).toEqual(['m2']);
    expect((await d.placeLinks.toArray()).map((l) => l.id)).toEqual(['l2']);
    expect((await d.actions.toArray()).map((a) => a.id).sort()).toEqual(['ac2', 'ac3']);
    expect((await d.incidents.get('i1'))?.involved).toEqual([{ personId: 'p2', role: 'witness' }]);
    expect(await d.groups.count()).toBe(1);
    expect(await d.places.count()).toBe(1);
  });

  it('deletes selected associations on their own', async () => {
    await busyBoard();
    await mustRun(deleteSelection('b1', [], ['a12'], 'Delete link'));
    expect((await d.associations.toArray()).map((a) => a.id).sort()).toEqual(['a23', 'a31']);
    expect(await d.people.count()).toBe(3);
  });

  it('undo restores everything the delete removed or changed, and redo deletes it again', async () => {
    await busyBoard();
    const before = await dumpBoard(d, 'b1');
    await mustRun(deleteSelection('b1', ['p1', 'p2'], ['a23'], 'Delete Ali and Bea'));
    const deleted = await dumpBoard(d, 'b1');
    expect(deleted.people?.map((p) => p.id)).toEqual(['p3']);

    await undo('b1');
    // Restoring is a new write, so `updatedAt` moves on; creation time is checked separately below.
    expect(withoutStamps(await dumpBoard(d, 'b1'), ['updatedAt', 'createdAt'])).toEqual(
      withoutStamps(before, ['updatedAt', 'createdAt']),
    );

    await redo('b1');
    expect(withoutStamps(await dumpBoard(d, 'b1'), ['updatedAt', 'createdAt'])).toEqual(
      withoutStamps(deleted, ['updatedAt', 'createdAt']),
    );
  });

  it('undo of a delete keeps each record’s original creation time', async () => {
    // The clock is set, not waited on: the board is made at one time, deleted and restored a
    // minute later, so a restore that stamped a new creation time could not go unnoticed.
    const made = Date.parse('2026-03-02T09:00:00.000Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(made);
      await busyBoard();
      const before = await dumpBoard(d, 'b1');
      vi.setSystemTime(made + 60_000);
      await mustRun(deleteSelection('b1', ['p1'], [], 'Delete Ali'));
      await undo('b1');
      expect(withoutStamps(await dumpBoard(d, 'b1'))).toEqual(withoutStamps(before));
      const ali = await getPerson(d, 'p1');
      expect(ali.createdAt).toBe(new Date(made).toISOString());
      expect(ali.updatedAt).toBe(new Date(made + 60_000).toISOString());
    } finally {
      vi.useRealTimers();
    }
  });
});
