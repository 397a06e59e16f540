import { describe, expect, it } from 'vitest';
import { distinctNames, nameMasker } from '../../src/domain/naming';

const person = (id: string, displayName: string, createdAt: string, initials = '') => ({
  id,
  displayName,
  fullName: '',
  initials,
  pseudonym: '',
  createdAt,
});

// Two young people whose initials are the same, recorded in this order, and one other.
const mason = person('p-2', 'Mason Brennan', '2026-01-01T10:00:00.000Z', 'MB');
const marcus = person('p-1', 'Marcus Bell', '2026-01-02T09:00:00.000Z', 'MB');
const kyle = person('p-3', 'Kyle Brennan', '2026-01-01T11:00:00.000Z', 'KB');

describe('distinctNames', () => {
  it('tells colliding initials apart by the order the people were recorded', () => {
    const names = distinctNames([marcus, kyle, mason], 'initials');
    expect(names.get(mason.id)).toBe('MB');
    expect(names.get(marcus.id)).toBe('MB (2)');
    expect(names.get(kyle.id)).toBe('KB');
  });

  it('gives the same labels whatever order the board lists people in (a reload, an edit)', () => {
    const a = distinctNames([mason, marcus, kyle], 'initials');
    const b = distinctNames(
      [kyle, { ...marcus, displayName: 'Marcus Bell (youth worker)' }, mason],
      'initials',
    );
    expect([...b].sort()).toEqual([...a].sort());
  });

  it('never relabels someone already shown when a later person has the same initials', () => {
    const later = person('p-0', 'Mia Barnes', '2026-02-01T09:00:00.000Z', 'MB');
    const names = distinctNames([mason, marcus, later], 'initials');
    expect(names.get(mason.id)).toBe('MB');
    expect(names.get(marcus.id)).toBe('MB (2)');
    expect(names.get(later.id)).toBe('MB (3)');
  });

  it('uses the id when two people were recorded at the same moment (an import)', () => {
    const x = person('b', 'Jay Smith', '2026-01-01T10:00:00.000Z');
    const y = person('a', 'Jo Shaw', '2026-01-01T10:00:00.000Z');
    const names = distinctNames([x, y], 'initials');
    expect(names.get('a')).toBe('JS');
    expect(names.get('b')).toBe('JS (2)');
  });

  it('tells pseudonym fallbacks apart, and leaves full names as typed', () => {
    const names = distinctNames([mason, marcus], 'pseudonym');
    expect(names.get(marcus.id)).toBe('MB (2)');
    const full = distinctNames([mason, { ...marcus, displayName: 'Mason Brennan' }], 'full');
    expect([...full.values()]).toEqual(['Mason Brennan', 'Mason Brennan']);
  });
});

describe('nameMasker with distinct names', () => {
  it('replaces each name in text by the label that person is shown by', () => {
    const names = distinctNames([mason, marcus], 'initials');
    const mask = nameMasker([mason, marcus], 'initials', (p) => names.get(p.id) ?? '?');
    expect(mask('Marcus Bell met Mason Brennan')).toBe('MB (2) met MB');
  });
});
