import { describe, expect, it } from 'vitest';
import { writeDataExport } from '../../src/domain/formats/dataExport';
import {
  defaultRedaction,
  NOT_REDACTED,
  prepareExport,
  redactionFor,
} from '../../src/domain/formats/exportBoard';
import { dataFileName } from '../../src/domain/formats/fileNames';
import { validateRecord, type TableName } from '../../src/domain/kinds';
import { FIXTURE_NOW, smallSource } from './exportHelpers';

describe('a board prepared for export', () => {
  it('is the board as stored when not redacted, less control characters', () => {
    const source = smallSource();
    const data = prepareExport(source, null, FIXTURE_NOW);
    // Jordan's notes hold a control character (U+0007), which no export writes out.
    expect(data.tables).toEqual({
      ...source.tables,
      people: source.tables.people.map((p) => ({ ...p, notes: p.notes.replace('\u0007', '') })),
    });
    expect(data.tables.people[0]!.notes).toBe('Seen with Kayden at the garages');
    expect(data.statement).toBe(NOT_REDACTED);
    expect(data.exportedAt).toBe('2026-12-06T10:00:00.000Z');
  });

  it('names people as the policy shows them, and masks their names in other personal text', () => {
    const data = prepareExport(smallSource(), { names: 'initials' }, FIXTURE_NOW);
    const [jordan, kayden] = data.tables.people;
    expect(kayden).toMatchObject({ displayName: 'KP', fullName: '', notes: '' });
    expect(jordan!.fullName).toBe('');
    expect(data.tables.groups[0]!.name).toBe("KP's crew");
    expect(data.tables.places[0]!.guardians).toEqual([{ name: 'KP', role: 'Neighbour' }]);
    expect(data.tables.places[0]!.notes).toBe('');
    expect(data.tables.associations[0]!.notes).toBe('');
    expect(data.tables.actions[0]!.description).toBe(
      `=cmd|" /C calc"!A0 for ${jordan!.displayName}`,
    );
    expect(data.statement).toMatch(/^Redacted: people are named by initials only/);
  });

  it('never masks ids, vocabulary keys or dates, and keeps every record valid', () => {
    const source = smallSource();
    const [jordan, kayden] = source.tables.people;
    // Someone whose name is also a vocabulary key, beside a context of concern with that key.
    const contexts = {
      ...jordan!.contexts,
      home: { ...jordan!.contexts.home, concern: 'moderate' as const },
    };
    source.tables.people = [
      {
        ...jordan!,
        contexts,
        indicators: [{ id: 'i1', kind: 'missing', date: '2026-10-01', note: '' }],
      },
      kayden!,
      { ...kayden!, id: 'p3', displayName: 'Moderate', fullName: 'Missing Person', initials: '' },
    ];
    const data = prepareExport(source, { names: 'initials' }, FIXTURE_NOW);
    expect(data.tables.people[0]!.contexts.home.concern).toBe('moderate');
    expect(data.tables.people[0]!.indicators[0]).toMatchObject({
      kind: 'missing',
      date: '2026-10-01',
    });
    expect(data.tables.people[2]!.displayName).toBe('M');
    for (const [table, list] of Object.entries(data.tables) as [TableName, { id: string }[]][])
      for (const record of list)
        expect(validateRecord(table, record).ok, `${table} ${record.id}`).toBe(true);
  });

  it('is redacted by default under presenter-safe, and as the board’s policy promises', () => {
    const { board } = smallSource();
    expect(defaultRedaction(board, true)).toBe('presenter-safe');
    expect(defaultRedaction(board, false)).toBe('none');
    expect(defaultRedaction({ ...board, namePolicy: 'pseudonym' }, false)).toBe('policy');
    expect(redactionFor('none', board)).toBeNull();
    expect(redactionFor('policy', board)).toEqual({ names: 'full' });
    expect(redactionFor('presenter-safe', board)).toEqual({ names: 'initials' });
    expect(redactionFor('presenter-safe', { ...board, namePolicy: 'pseudonym' })).toEqual({
      names: 'pseudonym',
    });
  });
});

describe('export file names', () => {
  it('read as the title, the date and the part, with nothing a path could hide in', () => {
    expect(
      dataFileName('Harrowfield training board', '2026-12-06', 'graphml', { redacted: false }),
    ).toBe('Harrowfield training board 2026-12-06.graphml');
    expect(
      dataFileName('Training: a/b\\c <d> "e"?*|\u0007', '2026-12-06', 'csv', {
        part: 'people',
        redacted: true,
      }),
    ).toBe('Training a b c d e 2026-12-06 people (redacted).csv');
    expect(dataFileName(' .. ', '2026-12-06', 'gexf', { redacted: false })).toBe(
      'Board 2026-12-06.gexf',
    );
  });

  it('are one per CSV table chosen, in menu order', () => {
    const { files } = writeDataExport(
      smallSource(),
      { format: 'csv', redaction: 'none', edges: 'directed', csvKinds: ['places', 'people'] },
      FIXTURE_NOW,
    );
    expect(files.map((f) => f.name)).toEqual([
      'Harrowfield test & board 2026-12-06 people.csv',
      'Harrowfield test & board 2026-12-06 places.csv',
    ]);
    expect(files[0]!.type).toBe('text/csv;charset=utf-8');
  });
});
