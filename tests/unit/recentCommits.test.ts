import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/domain/changeSet';
import { newPerson } from '../../src/domain/factories';
import type { Person } from '../../src/domain/records/person';
import {
  sameVersions,
  withCommittedRows,
  type Committed,
  type StoredRows,
} from '../../src/db/recentCommits';

const at = (second: number) => `2026-01-01T10:00:${String(second).padStart(2, '0')}.000Z`;
const person = (id: string, name: string, second: number, boardId = 'b1'): Person => ({
  ...newPerson(id, boardId, { displayName: name }),
  updatedAt: at(second),
});

const ali = person('p1', 'Ali', 1);
const bea = person('p2', 'Bea', 1);
const cal = person('p3', 'Cal', 5);
const read = (rows: Person[], readFrom = 0): StoredRows<Person> => ({ rows, readFrom });
const committed = (seq: number, changes: ChangeSet): Committed => ({ seq, changes });
const added = (seq: number, p: Person) =>
  committed(seq, [{ table: 'people', id: p.id, before: null, after: p }]);
const shown = (stored: StoredRows<Person>, pending: Committed[]) =>
  withCommittedRows('people', 'b1', stored, pending);
const names = (rows: Person[]) => rows.map((p) => p.displayName);

describe('withCommittedRows: what this tab wrote, shown before the board is read again', () => {
  it('shows a person added after the read began, keeping every other record as read', () => {
    const stored = read([ali, bea]);

    const rows = shown(stored, [added(1, cal)]);

    expect(names(rows)).toEqual(['Ali', 'Bea', 'Cal']);
    expect(rows[0]).toBe(ali);
    expect(stored.rows).toHaveLength(2);
  });

  it('returns the rows as read once they hold the change, or the read began after it', () => {
    const holdsIt = read([ali, bea, cal]);
    const beganAfter = read([ali, bea], 1);

    expect(shown(holdsIt, [added(1, cal)])).toBe(holdsIt.rows);
    expect(shown(beganAfter, [added(1, cal)])).toBe(beganAfter.rows);
  });

  it('shows renames and deletions, in commit order', () => {
    const alia = { ...ali, displayName: 'Alia', updatedAt: at(5) };

    const rows = shown(read([ali, bea]), [
      committed(1, [{ table: 'people', id: 'p1', before: ali, after: alia }]),
      committed(2, [{ table: 'people', id: 'p2', before: bea, after: null }]),
    ]);

    expect(names(rows)).toEqual(['Alia']);
  });

  it('shows nothing of a person added and then taken back by undo', () => {
    const stored = read([ali, bea]);

    const rows = shown(stored, [
      added(1, cal),
      committed(2, [{ table: 'people', id: 'p3', before: cal, after: null }]),
    ]);

    expect(rows).toBe(stored.rows);
  });

  it('keeps a newer version read from storage (edited in another tab since)', () => {
    const mine = { ...ali, displayName: 'Alia', updatedAt: at(5) };
    const theirs = { ...ali, displayName: 'Alison', updatedAt: at(9) };

    const rows = shown(read([theirs, bea]), [
      committed(1, [{ table: 'people', id: 'p1', before: ali, after: mine }]),
    ]);

    expect(names(rows)).toEqual(['Alison', 'Bea']);
  });

  it('ignores changes to other tables and other boards', () => {
    const stored = read([ali]);

    const rows = shown(stored, [
      added(1, person('p9', 'Zed', 5, 'b2')),
      committed(2, [{ table: 'groups', id: 'g1', before: null, after: null }]),
    ]);

    expect(rows).toBe(stored.rows);
  });
});

describe('sameVersions', () => {
  it('tells a re-read that only confirms what is shown from one that changes it', () => {
    const alia = { ...ali, displayName: 'Alia', updatedAt: at(5) };

    expect(sameVersions([ali, bea], [bea, { ...ali }])).toBe(true);
    expect(sameVersions([ali, bea], [alia, bea])).toBe(false);
    expect(sameVersions([ali, bea], [ali])).toBe(false);
  });
});
