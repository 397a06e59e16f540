import { describe, expect, it } from 'vitest';
import { buildTrainingBoard } from '../../src/features/boards/trainingBoard';
import { describeRedaction, redactRecord, redactRecords } from '../../src/domain/formats/redaction';
import { validateRecord, type AnyRecord, type TableName } from '../../src/domain/kinds';
import { newAssociation } from '../../src/domain/kinds/association';
import { newPerson, type Person } from '../../src/domain/kinds/person';

const jordan = (): Person => {
  const p = newPerson('p1', 'b1', {
    displayName: 'Jordan Ade-Smith',
    fullName: 'Jordan Michael Ade-Smith',
    pseudonym: 'Blue',
    notes: 'Told youth worker about older boys at the garages',
    indicators: [{ id: 'i1', kind: 'missing', date: '2026-10-01', note: 'Found at Canal Walk' }],
  });
  p.contexts.peer.notes = 'Spends evenings with the Eastside group';
  return p;
};

describe('redaction', () => {
  it('names people as the policy shows them and keeps no other name', () => {
    const initials = redactRecord('people', jordan(), { names: 'initials' })!;
    expect(initials).toMatchObject({
      displayName: 'JA',
      initials: 'JA',
      fullName: '',
      pseudonym: '',
    });

    const pseudonym = redactRecord('people', jordan(), { names: 'pseudonym' })!;
    expect(pseudonym).toMatchObject({
      displayName: 'Blue',
      initials: '',
      fullName: '',
      pseudonym: 'Blue',
    });

    const full = redactRecord('people', jordan(), { names: 'full' })!;
    expect(full).toMatchObject({ displayName: 'Jordan Ade-Smith', fullName: '' });

    // No pseudonym recorded: initials stand in, never the name.
    const noPseudonym = redactRecord(
      'people',
      { ...jordan(), pseudonym: '' },
      { names: 'pseudonym' },
    )!;
    expect(noPseudonym.displayName).toBe('JA');
  });

  it('leaves out free text wherever a kind keeps it, and keeps the rest', () => {
    const out = redactRecord('people', jordan(), { names: 'initials' })!;
    expect(out.notes).toBe('');
    expect(out.indicators).toEqual([{ id: 'i1', kind: 'missing', date: '2026-10-01', note: '' }]);
    expect(out.contexts.peer).toMatchObject({ notes: '', concern: 'not-assessed' });
    const link = newAssociation('a1', 'b1', {
      fromId: 'p1',
      toId: 'p2',
      kind: 'friendship',
      notes: 'Seen together',
    });
    expect(redactRecord('associations', link, { names: 'full' })).toMatchObject({
      notes: '',
      fromId: 'p1',
    });
  });

  it('leaves out pinned notes, the change log and snapshots whole, and says so', () => {
    expect(
      redactRecord('annotations', { id: 'n1' } as unknown as AnyRecord, { names: 'full' }),
    ).toBeNull();
    const text = describeRedaction({ names: 'initials' });
    expect(text).toContain('initials');
    expect(text).toContain('free-text notes left out');
    expect(text).toContain('change log');
  });

  it('keeps every redacted record of the training board valid', async () => {
    let n = 0;
    const { board, records } = await buildTrainingBoard('2026-12-06', () => `id${++n}`);
    const all: { table: TableName; record: AnyRecord }[] = [
      { table: 'boards', record: board },
      ...records,
    ];
    const redacted = redactRecords(all, { names: 'initials' });
    expect(redacted.length).toBeGreaterThan(10);
    for (const { table, record } of redacted) expect(validateRecord(table, record).ok).toBe(true);
    const names = redacted
      .filter((e) => e.table === 'people')
      .map((e) => (e.record as Person).fullName);
    expect(names.every((n) => n === '')).toBe(true);
  });
});
