import { describe, expect, it } from 'vitest';
import { checkLoaded, type QuarantinedRecord } from '../../src/db/loadValidation';
import { newPerson } from '../../src/domain/kinds/person';
import type { Person } from '../../src/domain/kinds/person';
import { T0 } from './sampleRecords';

// checkLoaded remembers records it has validated (by table, id and updatedAt), so every test here
// uses ids of its own.
const person = (id: string, over: Partial<Person> = {}): Person => ({
  ...newPerson(id, 'b1', { displayName: `Person ${id}` }),
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

describe('checkLoaded', () => {
  it('keeps valid records, in order, as the same objects', () => {
    const records = [person('lv-1'), person('lv-2')];
    const quarantine: QuarantinedRecord[] = [];
    const good = checkLoaded('people', records, quarantine);
    expect(good).toHaveLength(2);
    expect(good[0]).toBe(records[0]);
    expect(good[1]).toBe(records[1]);
    expect(quarantine).toEqual([]);
  });

  it('keeps invalid records aside with table, id and a plain problem', () => {
    const records = [
      person('lv-3'),
      person('lv-4', { displayName: '   ' }),
      person('lv-5', { dateOfBirth: '2026-02-30' }),
    ];
    const quarantine: QuarantinedRecord[] = [];
    const good = checkLoaded('people', records, quarantine);

    expect(good.map((p) => p.id)).toEqual(['lv-3']);
    expect(quarantine).toHaveLength(2);
    expect(quarantine[0]).toMatchObject({ table: 'people', id: 'lv-4', noun: 'person' });
    expect(quarantine[0]!.problem).toMatch(/empty.*\(the name shown\)$/);
    expect(quarantine[1]).toMatchObject({ table: 'people', id: 'lv-5' });
    expect(quarantine[1]!.problem).toContain(
      '"2026-02-30" is not a real date (use YYYY-MM-DD) (the date of birth)',
    );
  });

  it('adds to the quarantine list it is given', () => {
    const earlier: QuarantinedRecord = { table: 'groups', id: 'g', noun: 'group', problem: 'x' };
    const quarantine = [earlier];
    checkLoaded('people', [person('lv-6', { kind: 'gang-member' as Person['kind'] })], quarantine);
    expect(quarantine).toHaveLength(2);
    expect(quarantine[0]).toBe(earlier);
    expect(quarantine[1]!.problem).toBe('"gang-member" is not a known kind of person (the kind)');
  });

  it('reports records that are not readable at all', () => {
    const quarantine: QuarantinedRecord[] = [];
    const junk = [null, { id: 'lv-7' }, 'text'] as unknown as Person[];
    expect(checkLoaded('people', junk, quarantine)).toEqual([]);
    expect(quarantine.map((q) => q.id)).toEqual(['(no id)', 'lv-7', '(no id)']);
  });

  it('does not modify the input', () => {
    const records = [
      person('lv-8'),
      person('lv-9', { displayName: '' }),
      { ...person('lv-10'), extra: 1 } as Person,
    ];
    const copy = structuredClone(records);
    checkLoaded('people', records, []);
    expect(records).toEqual(copy);
  });

  it('validates a record again once it has changed', () => {
    const q1: QuarantinedRecord[] = [];
    checkLoaded('people', [person('lv-11')], q1);
    const q2: QuarantinedRecord[] = [];
    const changed = person('lv-11', { displayName: '', updatedAt: '2026-01-06T09:00:00.000Z' });
    expect(checkLoaded('people', [changed], q2)).toEqual([]);
    expect(q2.map((q) => q.id)).toEqual(['lv-11']);
  });
});
