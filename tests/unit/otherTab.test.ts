import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, runCommand, undo } from '../../src/commands/bus';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { history } from '../../src/commands/history';
import { updatePerson } from '../../src/commands/people/updatePerson';
import { PeersDb } from '../../src/db/database';
import { onStorageProblem, type StorageProblem } from '../../src/db/problems';
import { freshDb } from './dbHelpers';
import { boardWithPeople, expectRefused, getPerson, mustRun } from './busHelpers';

/**
 * "Another tab" is a second connection to the same IndexedDB database. What it writes goes
 * straight to the store, never through this tab's bus, so it must never enter this tab's history.
 */
let d: PeersDb;
let tab2: PeersDb;
let problems: StorageProblem[];
let stopListening: () => void;

beforeEach(async () => {
  d = await freshDb();
  tab2 = new PeersDb(d.name);
  await tab2.open();
  problems = [];
  stopListening = onStorageProblem((p) => problems.push(p));
});

afterEach(() => {
  stopListening();
  tab2.close();
  d.close();
});

describe('changes made in another tab', () => {
  it('undo of a rename of a person deleted in another tab is refused and does not bring them back', async () => {
    await boardWithPeople();
    await mustRun(updatePerson(await getPerson(d, 'p1'), { displayName: 'Alia' }));
    await tab2.people.delete('p1');

    const result = await undo('b1');

    expectRefused(result, /another tab/);
    expect(await d.people.get('p1')).toBeUndefined();
    expect(await tab2.people.get('p1')).toBeUndefined();
  });

  it('redo of a link to a person deleted in another tab is refused and writes nothing', async () => {
    await boardWithPeople();
    await mustRun(
      linkPeople('b1', 'a1', { id: 'p1', name: 'Ali' }, { id: 'p2', name: 'Bea' }, 'friendship'),
    );
    await undo('b1');
    await tab2.people.delete('p2');
    const log = await d.changeLog.count();

    const result = await redo('b1');

    expectRefused(result, /no longer exists/);
    expect(await d.associations.count()).toBe(0);
    expect(await d.changeLog.count()).toBe(log);
  });

  it('writes through the other connection never enter this tab’s history', async () => {
    await boardWithPeople();
    const top = history.peekUndo('b1');
    const version = history.getVersion();

    await tab2.people.update('p1', { displayName: 'Changed elsewhere' });
    await tab2.people.delete('p3');

    expect(history.peekUndo('b1')).toBe(top);
    expect(history.peekRedo('b1')).toBeUndefined();
    expect(history.getVersion()).toBe(version);
    expect((await getPerson(d, 'p1')).displayName).toBe('Changed elsewhere');
  });

  it('editing a person deleted in another tab is refused as a conflict, not reported as a storage failure', async () => {
    await boardWithPeople();
    const stale = await getPerson(d, 'p1');
    await tab2.people.delete('p1');

    const result = await runCommand(updatePerson(stale, { displayName: 'Alia' }));

    expectRefused(result, /another tab/);
    expect(await d.people.get('p1')).toBeUndefined();
    // A record gone elsewhere is an editing conflict; the storage banner is for quota, blocked and the like.
    expect(problems).toEqual([]);
  });
});
