import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, runCommand, undo, type RunResult } from '../../src/commands/bus';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { history } from '../../src/commands/history';
import { updatePerson } from '../../src/commands/people/updatePerson';
import type { PeersDb } from '../../src/db/database';
import type { Draft } from '../../src/db/writer';
import { addPerson } from '../../src/commands/people/addPerson';
import { newAssociation } from '../../src/domain/kinds/association';
import { onStorageProblem, type StorageProblem } from '../../src/db/problems';
import { freshDb } from './dbHelpers';
import { openOtherTab, type OtherTab } from './otherTabHelpers';
import { boardWithPeople, expectRefused, getPerson, mustRun } from './busHelpers';

/**
 * "Another tab" is a second connection to the same IndexedDB database. What it writes goes
 * straight to the store, never through this tab's bus, so it must never enter this tab's history.
 */
let d: PeersDb;
let other: OtherTab;
let tab2: PeersDb;
let problems: StorageProblem[];
let stopListening: () => void;

beforeEach(async () => {
  d = await freshDb();
  other = await openOtherTab(d.name);
  tab2 = other.db;
  problems = [];
  stopListening = onStorageProblem((p) => problems.push(p));
});

afterEach(() => {
  stopListening();
  other.close();
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

/** Writes as another tab does: through its own connection, logged under its own tab id. */
const inOtherTab = (drafts: Draft[], label?: string) => other.write(drafts, label);

describe('undo with another tab editing the same board', () => {
  it('undoes only the fields this tab changed: the other tab’s risk and notes stay', async () => {
    await boardWithPeople();
    await mustRun(updatePerson(await getPerson(d, 'p1'), { displayName: 'Alia' }));
    const ali = await getPerson(tab2, 'p1');
    await inOtherTab([
      {
        table: 'people',
        id: 'p1',
        after: { ...ali, riskLevel: 'significant', notes: 'Seen at the park' },
      },
    ]);

    const result = await undo('b1');

    expect(result).toMatchObject({ ok: true });
    expect(result && result.ok && result.notice).toBeFalsy();
    expect(await getPerson(d, 'p1')).toMatchObject({
      displayName: 'Ali',
      riskLevel: 'significant',
      notes: 'Seen at the park',
    });
  });

  it('leaves a field the other tab changed since, and says what it could not undo', async () => {
    await boardWithPeople();
    await mustRun(updatePerson(await getPerson(d, 'p1'), { displayName: 'Alia' }));
    await inOtherTab([
      {
        table: 'people',
        id: 'p1',
        after: { ...(await getPerson(tab2, 'p1')), displayName: 'Alina' },
      },
    ]);

    const result = await undo('b1');

    expectRefused(
      result,
      /Could not undo “Rename Ali to Alia”: the name of person “Alina” was changed in another tab since/,
    );
    expect((await getPerson(d, 'p1')).displayName).toBe('Alina');
    // Nothing was undone, so there is nothing to redo either.
    expect(history.peekRedo('b1')).toBeUndefined();
  });

  it('undoes the rest of a step when one of its fields was changed elsewhere', async () => {
    await boardWithPeople();
    await mustRun(updatePerson(await getPerson(d, 'p1'), { displayName: 'Alia', age: 15 }));
    await inOtherTab([
      { table: 'people', id: 'p1', after: { ...(await getPerson(tab2, 'p1')), age: 16 } },
    ]);

    const result = await undo('b1');

    expect(result?.ok).toBe(true);
    expect(noticeOf(result)).toMatch(/except .*the age/);
    expect(await getPerson(d, 'p1')).toMatchObject({ displayName: 'Ali', age: 16 });
    await mustRedo();
    expect(await getPerson(d, 'p1')).toMatchObject({ displayName: 'Alia', age: 16 });
  });

  it('undoing an add removes the links another tab drew to the person since, and redo restores both', async () => {
    await boardWithPeople();
    await mustRun(addPerson('b1', 'pat', { displayName: 'Pat' }, { x: 0, y: 300 }));
    const link = newAssociation('a-b', 'b1', { fromId: 'pat', toId: 'p2', kind: 'friendship' });
    await inOtherTab([{ table: 'associations', id: link.id, after: link }], 'Link Pat and Bea');

    const result = await undo('b1');

    expect(result?.ok).toBe(true);
    expect(noticeOf(result)).toMatch(/Also removed 1 association/);
    expect(await d.people.get('pat')).toBeUndefined();
    expect(await d.associations.get('a-b')).toBeUndefined();
    await mustRedo();
    expect(await d.people.get('pat')).toBeDefined();
    expect(await d.associations.get('a-b')).toMatchObject({ fromId: 'pat', toId: 'p2' });
  });

  it('this tab’s own later edits never count as someone else’s', async () => {
    await boardWithPeople();
    const ali = await getPerson(d, 'p1');
    await mustRun(updatePerson(ali, { displayName: 'Alia' }));
    await mustRun(updatePerson(await getPerson(d, 'p1'), { displayName: 'Aliya' }, 'Rename again'));

    expect(await undo('b1')).toMatchObject({ ok: true });
    expect(await undo('b1')).toMatchObject({ ok: true });
    expect((await getPerson(d, 'p1')).displayName).toBe('Ali');
  });
});

async function mustRedo(): Promise<void> {
  const result = await redo('b1');
  if (!result?.ok) throw new Error(`redo failed: ${result ? result.message : 'nothing to redo'}`);
}

function noticeOf(result: RunResult | null): string | undefined {
  return result?.ok ? result.notice : undefined;
}
