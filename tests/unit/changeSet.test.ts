import { describe, expect, it } from 'vitest';
import {
  invertChangeSet,
  mergeChangeSets,
  opOf,
  summarise,
  type ChangeSet,
  type RecordChange,
} from '../../src/domain/changeSet';
import { newPerson } from '../../src/domain/factories';

const v1 = newPerson('p1', 'b1', { displayName: 'Ali' });
const v2 = { ...v1, displayName: 'Alia' };
const v3 = { ...v1, displayName: 'Aliya' };
const q = newPerson('p2', 'b1', { displayName: 'Bea' });

const create = (after = q): RecordChange => ({
  table: 'people',
  id: after.id,
  before: null,
  after,
});
const update = (before = v1, after = v2): RecordChange => ({
  table: 'people',
  id: before.id,
  before,
  after,
});
const remove = (before = q): RecordChange => ({
  table: 'people',
  id: before.id,
  before,
  after: null,
});

describe('opOf and summarise', () => {
  it('names create, update and delete', () => {
    expect(opOf(create())).toBe('create');
    expect(opOf(update())).toBe('update');
    expect(opOf(remove())).toBe('delete');
  });

  it('summarises table, id and op in order, without the records', () => {
    expect(summarise([update(), create()])).toEqual([
      { table: 'people', id: 'p1', op: 'update' },
      { table: 'people', id: 'p2', op: 'create' },
    ]);
  });
});

describe('invertChangeSet', () => {
  it('swaps before and after and reverses the order', () => {
    const changes: ChangeSet = [create(), update()];
    expect(invertChangeSet(changes)).toEqual([
      { table: 'people', id: 'p1', before: v2, after: v1 },
      { table: 'people', id: 'p2', before: q, after: null },
    ]);
  });

  it('turns a create into a delete and back again', () => {
    const inverted = invertChangeSet([create()]);
    expect(opOf(inverted[0]!)).toBe('delete');
    expect(invertChangeSet(inverted)).toEqual([create()]);
  });

  it('does not modify its input', () => {
    const changes: ChangeSet = [create(), update()];
    const copy = structuredClone(changes);
    invertChangeSet(changes);
    expect(changes).toEqual(copy);
  });
});

describe('mergeChangeSets', () => {
  it('keeps the first before and the last after of each record', () => {
    expect(mergeChangeSets([update(v1, v2)], [update(v2, v3)])).toEqual([update(v1, v3)]);
  });

  it('keeps records touched by only one side', () => {
    const merged = mergeChangeSets([update(v1, v2)], [create()]);
    expect(merged).toEqual([update(v1, v2), create()]);
  });

  it('drops a record created and then deleted within the burst', () => {
    expect(mergeChangeSets([create(), update()], [remove()])).toEqual([update()]);
  });

  it('a delete then re-create becomes an update', () => {
    const merged = mergeChangeSets([remove(q)], [create({ ...q, displayName: 'Bee' })]);
    expect(merged).toEqual([
      { table: 'people', id: 'p2', before: q, after: { ...q, displayName: 'Bee' } },
    ]);
  });

  it('does not modify either input', () => {
    const earlier: ChangeSet = [update(v1, v2)];
    const later: ChangeSet = [update(v2, v3)];
    const copies = structuredClone([earlier, later]);
    mergeChangeSets(earlier, later);
    expect([earlier, later]).toEqual(copies);
  });

  it('treats the same id in different tables as different records', () => {
    const pos: RecordChange = { table: 'positions', id: 'p1', before: null, after: v1 };
    expect(mergeChangeSets([update()], [pos])).toHaveLength(2);
  });
});
