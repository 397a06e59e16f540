import { resetSaveStatus, saveStatus } from '../../src/db/saveStatus';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../src/commands/bus';
import { history } from '../../src/commands/history';
import { addPerson } from '../../src/commands/people/addPerson';
import type { PeersDb } from '../../src/db/database';
import { describeStorageError, onStorageProblem, type StorageProblem } from '../../src/db/problems';
import { freshDb } from './dbHelpers';
import { boardWithPeople } from './busHelpers';

/** Plain words: no exception names in the message shown to people. */
function expectPlain(message: string) {
  expect(message).not.toMatch(/Error|DOMException|IndexedDB|Dexie/);
}

describe('describeStorageError', () => {
  it('maps a QuotaExceededError to quota', () => {
    const p = describeStorageError(new DOMException('Quota exceeded', 'QuotaExceededError'));
    expect(p.kind).toBe('quota');
    expect(p.message).toMatch(/run out of storage space/);
    // It points to the board file export (by the buttons' names) before deleting to free space.
    expect(p.message).toContain('save the boards you no longer need here as board files');
    expect(p.message).toContain('“Save board to file”');
    expect(p.message).toContain('“Back up every board”');
    expectPlain(p.message);
    expect(p.detail).toContain('Quota exceeded');
  });

  it('maps a quota error wrapped in an AbortError to quota', () => {
    const p = describeStorageError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } });
    expect(p.kind).toBe('quota');
    expect(p.message).toMatch(/not saved/);
  });

  it('maps VersionError to version', () => {
    const p = describeStorageError({ name: 'VersionError', message: 'newer' });
    expect(p.kind).toBe('version');
    expect(p.message).toMatch(/newer version/);
    expectPlain(p.message);
  });

  it('maps DatabaseClosedError to closed', () => {
    const p = describeStorageError({ name: 'DatabaseClosedError' });
    expect(p.kind).toBe('closed');
    expect(p.message).toMatch(/Reload this tab/);
    expectPlain(p.message);
  });

  it('maps anything else to unknown, keeping the detail', () => {
    const p = describeStorageError(new Error('disk on fire'));
    expect(p.kind).toBe('unknown');
    expect(p.detail).toBe('Error: disk on fire');
  });
});

describe('a write that hits the storage quota', () => {
  let d: PeersDb;
  let problems: StorageProblem[];
  let stop: () => void;

  beforeEach(async () => {
    d = await freshDb();
    resetSaveStatus();
    problems = [];
    stop = onStorageProblem((p) => problems.push(p));
  });

  afterEach(() => {
    stop();
    d.close();
  });

  it('is refused with the quota message, stores nothing, and is reported', async () => {
    await boardWithPeople();
    const people = await d.people.count();
    const positions = await d.positions.count();
    const log = await d.changeLog.count();
    const top = history.peekUndo('b1');
    // The writer goes through db.table(name), which is a different object from db.people.
    vi.spyOn(d.table_('people'), 'bulkPut').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );

    const result = await runCommand(addPerson('b1', 'p9', { displayName: 'Dee' }, { x: 0, y: 0 }));

    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/run out of storage space/);
    expect(await d.people.count()).toBe(people);
    expect(await d.positions.count()).toBe(positions);
    expect(await d.changeLog.count()).toBe(log);
    expect(history.peekUndo('b1')).toBe(top);
    expect(saveStatus().saveError).toMatch(/run out of storage space/);
    expect(saveStatus().pending).toBe(0);
    expect(problems.map((p) => p.kind)).toEqual(['quota']);
  });

  it('a later successful write clears the save error', async () => {
    await boardWithPeople();
    const spy = vi
      .spyOn(d.table_('people'), 'bulkPut')
      .mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await runCommand(addPerson('b1', 'p9', { displayName: 'Dee' }, { x: 0, y: 0 }));
    expect(saveStatus().saveError).not.toBeNull();
    spy.mockRestore();
    const result = await runCommand(addPerson('b1', 'p9', { displayName: 'Dee' }, { x: 0, y: 0 }));
    expect(result.ok).toBe(true);
    expect(saveStatus().saveError).toBeNull();
    expect(saveStatus().savedAt).not.toBeNull();
  });
});
