import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { deleteBoard } from '../../src/commands/boards/deleteBoard';
import { undo } from '../../src/commands/bus';
import { setUserName } from '../../src/commands/identity';
import { endMeeting, startMeeting } from '../../src/commands/meetings/meetingCommands';
import { addPerson } from '../../src/commands/people/addPerson';
import { deleteSelection } from '../../src/commands/people/deleteSelection';
import { updatePerson } from '../../src/commands/people/updatePerson';
import type { PeersDb } from '../../src/db/database';
import { loadErasure } from '../../src/db/loadErasure';
import { writeHooks } from '../../src/db/writer';
import { todayString } from '../../src/domain/dates';
import { withoutNames } from '../../src/domain/erasure';
import { boardWithPeople, getPerson, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

// Deleting a person takes their names out of the board's change log and their names and notes
// out of its meeting snapshots (issue 14 item 3). Checked on the raw database (IndexedDB itself,
// below Dexie) and, so that a PP_SEALED=1 run checks something too, through Dexie.

const NAME = 'Zephyrine Okonkwo';
const NOTE = 'Seen at Quarry Lane garages with an older male';

let d: PeersDb;

/** Every record of every store as IndexedDB holds it, as text (no Dexie, no middleware). */
async function rawText(name: string): Promise<string> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'));
  });
  const out: Record<string, unknown[]> = {};
  for (const store of [...idb.objectStoreNames]) {
    out[store] = await new Promise<unknown[]>((resolve, reject) => {
      const req = idb.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as unknown[]);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB refused'));
    });
  }
  idb.close();
  return JSON.stringify(out);
}

/** The board's change log and snapshots as the app reads them (opened when sealed), as text. */
async function historyText(boardId = 'b1'): Promise<string> {
  const [log, snapshots] = await Promise.all([
    d.changeLog.where('boardId').equals(boardId).toArray(),
    d.snapshots.where('boardId').equals(boardId).toArray(),
  ]);
  return JSON.stringify({ log, snapshots });
}

beforeAll(() => loadErasure());
afterAll(() => {
  delete writeHooks.erase;
});

beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  await boardWithPeople('b1', ['Bea']);
  await mustRun(addPerson('b1', 'zo', { displayName: NAME, notes: NOTE }, { x: 0, y: 100 }));
  await mustRun(
    linkPeople('b1', 'as1', { id: 'zo', name: NAME }, { id: 'p1', name: 'Bea' }, 'friendship', {
      notes: `${NAME} and Bea travel together`,
    }),
  );
  await mustRun(updatePerson(await getPerson(d, 'zo'), { pseudonym: 'Zed' }));
  const attendees = [{ name: 'Jo Hart', agency: 'Police' }];
  await mustRun(startMeeting('b1', 'm1', { date: todayString(), attendees, agenda: [] }));
  await mustRun(endMeeting((await d.meetings.get('m1'))!, 's1'));
});

afterEach(() => {
  setUserName('');
  d.close();
});

const deleteZephyrine = () =>
  mustRun(deleteSelection('b1', ['zo'], [], `Delete ${NAME}`, { actions: 'delete' }));

describe('erasure of a deleted person', () => {
  it('holds their name and note before the deletion (so the checks below mean something)', async () => {
    const history = await historyText();
    expect(history).toContain(NAME);
    expect(history).toContain(NOTE);
  });

  it('leaves no name, pseudonym or note of theirs in the stored log or snapshots', async () => {
    await deleteZephyrine();
    for (const text of [await rawText(d.name), await historyText()]) {
      expect(text).not.toContain('Zephyrine');
      expect(text).not.toContain('Okonkwo');
      expect(text).not.toContain(NOTE);
      expect(text).not.toContain('Zed');
      expect(text).not.toContain('travel together');
    }
  });

  it('keeps that they were removed, by whom and when, and what others did', async () => {
    await deleteZephyrine();
    const log = await d.changeLog.where('boardId').equals('b1').toArray();
    const removal = log.find((e) => e.command === 'deleteSelection')!;
    expect(removal.what).toBe('Delete Removed person');
    expect(removal.who).toBe('Sam Patel');
    expect(removal.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(removal.changes).toContainEqual({ table: 'people', id: 'zo', op: 'delete' });
    expect(removal.changes).toContainEqual({ table: 'associations', id: 'as1', op: 'delete' });
    const whats = log.map((e) => e.what);
    expect(whats).toContain('Add Bea');
    expect(whats).toContain('Add Removed person');
    expect(whats).toContain('Link Removed person and Bea');
  });

  it('blanks them in every snapshot, so "What changed" still counts them', async () => {
    await deleteZephyrine();
    const snapshot = (await d.snapshots.get('s1'))!;
    const person = snapshot.tables.people!.find((p) => p.id === 'zo')!;
    expect(person).toMatchObject({ displayName: 'Removed person', fullName: '', notes: '' });
    expect(person.pseudonym).toBe('');
    expect(snapshot.tables.associations!.find((a) => a.id === 'as1')).toMatchObject({
      notes: '',
      fromId: 'zo',
    });
    expect(snapshot.tables.people!.find((p) => p.id === 'p1')).toMatchObject({
      displayName: 'Bea',
    });
  });

  it('undo brings the person back whole from memory; their old history stays erased', async () => {
    await deleteZephyrine();
    await undo('b1');
    expect(await getPerson(d, 'zo')).toMatchObject({ displayName: NAME, notes: NOTE });
    expect(await d.associations.get('as1')).toBeDefined();
    const log = await d.changeLog.where('boardId').equals('b1').toArray();
    expect(log.map((e) => e.what)).toContain('Add Removed person');
  });

  it('erases a person removed by undoing their creation too', async () => {
    await mustRun(addPerson('b1', 'q1', { displayName: 'Quillon Vance' }, { x: 0, y: 200 }));
    await undo('b1');
    expect(await d.people.get('q1')).toBeUndefined();
    expect(await historyText()).not.toContain('Quillon');
    expect(await rawText(d.name)).not.toContain('Quillon');
  });

  it('a deleted board leaves only the entry saying it was deleted, naming no one', async () => {
    await mustRun(deleteBoard((await d.boards.get('b1'))!));
    expect(await d.snapshots.where('boardId').equals('b1').count()).toBe(0);
    const log = await d.changeLog.where('boardId').equals('b1').toArray();
    expect(log.map((e) => e.what)).toEqual(['Deleted a board and everything on it']);
    expect(log[0]!.who).toBe('Sam Patel');
    const raw = await rawText(d.name);
    for (const text of ['Zephyrine', NOTE, 'Bea', 'Town centre']) expect(raw).not.toContain(text);
  });
});

describe('withoutNames', () => {
  it('replaces whole words only, in any case', () => {
    expect(withoutNames('Also link Al and AL', ['Al'])).toBe(
      'Also link Removed person and Removed person',
    );
    expect(withoutNames('Rename “Jo (J)” to x', ['Jo (J)'])).toBe('Rename “Removed person” to x');
  });
});
