import { describe, expect, it } from 'vitest';
import {
  applyChange,
  changedFields,
  composeChanges,
  diffRecord,
  invertChanges,
  rebase,
  summarise,
  type Fields,
  type RecordChange,
} from '../../src/domain/changeSet';
import { newPerson } from '../../src/domain/kinds/person';

const ali = newPerson('p1', 'b1', { displayName: 'Ali' }) as unknown as Fields;
const bea = newPerson('p2', 'b1', { displayName: 'Bea' }) as unknown as Fields;
const with_ = (r: Fields, fields: Fields): Fields => ({ ...r, ...fields });

const change = (before: Fields | null, after: Fields | null, id = 'p1'): RecordChange =>
  diffRecord('people', id, before, after)!;

/** Applies a list of changes to a little in-memory table. */
function applyAll(table: Map<string, Fields>, changes: readonly RecordChange[]) {
  const out = new Map(table);
  for (const c of changes) {
    const next = applyChange(out.get(c.id), c);
    if (next) out.set(c.id, next);
    else out.delete(c.id);
  }
  return out;
}

describe('diffRecord', () => {
  it('an update holds only the fields that changed, old and new', () => {
    const c = change(ali, with_(ali, { displayName: 'Alia', riskLevel: 'significant' }));
    expect(c.op).toBe('update');
    expect(c.before).toEqual({ displayName: 'Ali', riskLevel: ali.riskLevel });
    expect(c.after).toEqual({ displayName: 'Alia', riskLevel: 'significant' });
  });

  it('compares lists and nested values by content', () => {
    expect(change(ali, with_(ali, { tags: [] }))).toBeNull();
    const c = change(ali, with_(ali, { tags: ['school'] }));
    expect(changedFields(c)).toEqual(['tags']);
  });

  it('a create holds the whole record, a delete the whole record removed', () => {
    expect(change(null, bea, 'p2')).toMatchObject({ op: 'create', before: null, after: bea });
    expect(change(bea, null, 'p2')).toMatchObject({ op: 'delete', before: bea, after: null });
  });

  it('leaves out the stamps when naming changed fields, and summarises names not values', () => {
    const c = change(ali, with_(ali, { notes: 'x', updatedAt: '2030-01-01T00:00:00.000Z' }));
    expect(changedFields(c)).toEqual(['notes']);
    expect(summarise([c])).toEqual([
      { table: 'people', id: 'p1', op: 'update', fields: ['notes'] },
    ]);
  });
});

describe('invertChanges', () => {
  it('takes a list back: applying it and then its inverse leaves the table as it was', () => {
    const table = new Map([['p1', ali]]);
    const changes = [change(ali, with_(ali, { displayName: 'Alia' })), change(null, bea, 'p2')];
    const after = applyAll(table, changes);
    expect(after.get('p1')!.displayName).toBe('Alia');
    expect(applyAll(after, invertChanges(changes))).toEqual(table);
  });

  it('reverses the order and swaps create and delete', () => {
    const inverted = invertChanges([change(null, bea, 'p2'), change(ali, with_(ali, { age: 14 }))]);
    expect(inverted.map((c) => [c.id, c.op])).toEqual([
      ['p1', 'update'],
      ['p2', 'delete'],
    ]);
    expect(inverted[0]!.after).toEqual({ age: ali.age });
  });

  it('does not modify its input', () => {
    const changes = [change(ali, with_(ali, { age: 14 }))];
    const copy = structuredClone(changes);
    invertChanges(changes);
    expect(changes).toEqual(copy);
  });
});

describe('composeChanges', () => {
  const v2 = with_(ali, { displayName: 'Alia' });
  const v3 = with_(v2, { displayName: 'Aliya', notes: 'seen at the park' });

  it('keeps the first before and the last after of each field', () => {
    const [c] = composeChanges([change(ali, v2)], [change(v2, v3)]);
    expect(c!.before).toEqual({ displayName: 'Ali', notes: '' });
    expect(c!.after).toEqual({ displayName: 'Aliya', notes: 'seen at the park' });
  });

  it('has the effect of applying both, in order', () => {
    const table = new Map([['p1', ali]]);
    const first = [change(ali, v2), change(null, bea, 'p2')];
    const second = [change(v2, v3), change(bea, with_(bea, { age: 15 }), 'p2')];
    expect(applyAll(table, composeChanges(first, second))).toEqual(
      applyAll(applyAll(table, first), second),
    );
  });

  it('drops a record created and then deleted, and a field changed back', () => {
    expect(composeChanges([change(null, bea, 'p2')], [change(bea, null, 'p2')])).toEqual([]);
    expect(composeChanges([change(ali, v2)], [change(v2, ali)])).toEqual([]);
  });

  it('an update then a delete is a delete of the record as it was before both', () => {
    const [c] = composeChanges([change(ali, v2)], [change(v2, null)]);
    expect(c).toMatchObject({ op: 'delete', before: ali, after: null });
  });

  it('a delete then a re-create becomes an update of what differs', () => {
    const [c] = composeChanges(
      [change(bea, null, 'p2')],
      [change(null, with_(bea, { age: 9 }), 'p2')],
    );
    expect(c).toMatchObject({ op: 'update', before: { age: bea.age }, after: { age: 9 } });
  });

  it('treats the same id in different tables as different records', () => {
    const pos: RecordChange = {
      table: 'positions',
      id: 'p1',
      op: 'create',
      before: null,
      after: ali,
    };
    expect(composeChanges([change(ali, v2)], [pos])).toHaveLength(2);
  });
});

describe('rebase (an undo over newer changes)', () => {
  const mine = change(ali, with_(ali, { displayName: 'Alia' }));
  const ctx = (now: Fields | undefined, touched: string[] = []) => ({
    current: () => now,
    touchedByOthers: (_t: string, _id: string, field: string) => touched.includes(field),
  });

  it('undoes only the fields this user changed, leaving fields others changed since', () => {
    // Someone else set the risk and wrote notes after this user's rename.
    const now = with_(ali, {
      displayName: 'Alia',
      riskLevel: 'significant',
      notes: 'B typed this',
    });
    const { changes, conflicts } = rebase(invertChanges([mine]), ctx(now, ['riskLevel', 'notes']));
    expect(conflicts).toEqual([]);
    const undone = applyChange(now, changes[0]!)!;
    expect(undone).toMatchObject({
      displayName: 'Ali',
      riskLevel: 'significant',
      notes: 'B typed this',
    });
  });

  it('does not undo a field someone else has changed since, and says so', () => {
    const now = with_(ali, { displayName: 'Alina' });
    const { changes, conflicts } = rebase(invertChanges([mine]), ctx(now, ['displayName']));
    expect(changes).toEqual([]);
    expect(conflicts).toEqual([
      expect.objectContaining({ reason: 'changed', fields: ['displayName'] }),
    ]);
  });

  it('treats a field holding something else as changed even without a log of it', () => {
    const { conflicts } = rebase(invertChanges([mine]), ctx(with_(ali, { displayName: 'Zed' })));
    expect(conflicts[0]).toMatchObject({ reason: 'changed', fields: ['displayName'] });
  });

  it('reports a record deleted since instead of bringing it back', () => {
    const { changes, conflicts } = rebase(invertChanges([mine]), ctx(undefined));
    expect(changes).toEqual([]);
    expect(conflicts[0]).toMatchObject({ reason: 'deleted', id: 'p1' });
  });

  it('undoing a creation deletes the record as it is now, so redo brings back its latest state', () => {
    const now = with_(bea, { notes: 'added later' });
    const { changes } = rebase(invertChanges([change(null, bea, 'p2')]), ctx(now));
    expect(changes[0]).toMatchObject({ op: 'delete', before: now });
  });

  it('a record already gone needs no undo and no message', () => {
    const result = rebase(invertChanges([change(null, bea, 'p2')]), ctx(undefined));
    expect(result).toEqual({ changes: [], conflicts: [] });
  });

  it('does not re-create a record that exists again', () => {
    const { conflicts } = rebase(invertChanges([change(bea, null, 'p2')]), ctx(bea));
    expect(conflicts[0]).toMatchObject({ reason: 'exists' });
  });
});
