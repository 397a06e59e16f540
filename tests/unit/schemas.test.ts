import { describe, expect, it } from 'vitest';
import { newAssociation } from '../../src/domain/kinds/association';
import {
  dateOfBirthProblem,
  duplicateAssociation,
  reviewDateProblem,
} from '../../src/domain/rules';
import { NAME_MAX } from '../../src/domain/text';
import {
  tableNames,
  tableSchemas,
  validateRecord,
  type FieldProblem,
  type TableName,
} from '../../src/domain/kinds';
import { oneOfEach, sampleAction, samplePlace } from './sampleRecords';

const valid = oneOfEach('b1');

/** The problems of an invalid record; fails the test if the record is valid. */
function problemsOf(table: TableName, record: unknown): FieldProblem[] {
  const result = validateRecord(table, record);
  if (result.ok) throw new Error(`expected ${table} record to be invalid`);
  return result.problems;
}

/** A message people can read: no validator jargon. */
function expectPlain(message: string) {
  expect(message.trim().length).toBeGreaterThan(0);
  expect(message).not.toMatch(/invalid input|expected|received|zod|undefined|\[object/i);
}

/** The single problem for `field`, asserted plain. */
function problemAt(table: TableName, record: unknown, field: string): string {
  const problems = problemsOf(table, record);
  const at = problems.filter((p) => p.field === field);
  expect(at, JSON.stringify(problems)).toHaveLength(1);
  const message = at[0]!.message;
  expectPlain(message);
  return message;
}

describe('valid records', () => {
  it.each(tableNames)('a valid %s record passes', (table) => {
    const result = validateRecord(table, valid[table]);
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('covers every table in tableSchemas', () => {
    expect(Object.keys(valid).sort()).toEqual(Object.keys(tableSchemas).sort());
  });

  it('keeps names that contain HTML as plain text, unchanged', () => {
    const html = '<img src=x onerror=alert(1)>';
    const result = validateRecord('people', { ...valid.people, displayName: html });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.displayName).toBe(html);
  });
});

describe('names', () => {
  it('refuses an empty name', () => {
    expect(problemAt('people', { ...valid.people, displayName: '' }, 'displayName')).toMatch(
      /empty/,
    );
  });

  it('refuses a whitespace-only name', () => {
    expect(problemAt('people', { ...valid.people, displayName: '   \t ' }, 'displayName')).toMatch(
      /empty|spaces/,
    );
  });

  it('refuses a 10,000-character name and names the limit', () => {
    const message = problemAt(
      'people',
      { ...valid.people, displayName: 'x'.repeat(10_000) },
      'displayName',
    );
    expect(message).toContain(String(NAME_MAX));
  });

  it('accepts a name of exactly the limit', () => {
    expect(
      validateRecord('people', { ...valid.people, displayName: 'x'.repeat(NAME_MAX) }).ok,
    ).toBe(true);
  });

  it('applies to other named records too (group, place, board title)', () => {
    problemAt('groups', { ...valid.groups, name: ' ' }, 'name');
    problemAt('places', { ...valid.places, name: '' }, 'name');
    problemAt('boards', { ...valid.boards, title: '' }, 'title');
  });
});

describe('dates', () => {
  it('refuses an impossible calendar date', () => {
    const message = problemAt(
      'boards',
      { ...valid.boards, reviewDate: '2026-02-30' },
      'reviewDate',
    );
    expect(message).toContain('2026-02-30');
  });

  it('accepts 29 February in a leap year only', () => {
    expect(validateRecord('boards', { ...valid.boards, reviewDate: '2028-02-29' }).ok).toBe(true);
    problemAt('boards', { ...valid.boards, reviewDate: '2026-02-29' }, 'reviewDate');
  });

  it('refuses an impossible incident time', () => {
    problemAt('incidents', { ...valid.incidents, occurredAt: '2026-01-03T24:10' }, 'occurredAt');
  });

  it('refuses lastReported before firstReported on an association', () => {
    const a = { ...valid.associations, firstReported: '2026-03-01', lastReported: '2026-02-01' };
    expect(problemAt('associations', a, 'lastReported')).toMatch(/before/);
    expect(validateRecord('associations', { ...a, lastReported: '2026-03-01' }).ok).toBe(true);
  });

  it('refuses an action review date before its due date', () => {
    const a = sampleAction('x', 'b1', { dueDate: '2026-03-01', reviewDate: '2026-02-28' });
    expect(problemAt('actions', a, 'reviewDate')).toMatch(/before/);
    expect(validateRecord('actions', { ...a, reviewDate: '2026-03-01' }).ok).toBe(true);
    expect(validateRecord('actions', { ...a, reviewDate: null }).ok).toBe(true);
  });
});

describe('references and required fields', () => {
  it('refuses an association from a person to themself', () => {
    const message = problemAt(
      'associations',
      { ...valid.associations, toId: valid.associations.fromId },
      'toId',
    );
    expect(message).toMatch(/themself/);
  });

  it('refuses an action without an owning agency', () => {
    expect(problemAt('actions', sampleAction('x', 'b1', { agency: '' }), 'agency')).toMatch(
      /agency/,
    );
    problemAt('actions', sampleAction('x', 'b1', { agency: '  ' }), 'agency');
    const { agency: _agency, ...missing } = sampleAction('x', 'b1');
    expect(problemsOf('actions', missing).map((p) => p.field)).toContain('agency');
  });

  it('refuses an incident with neither place nor point', () => {
    problemAt('incidents', { ...valid.incidents, placeId: null, point: null }, 'placeId');
  });
});

describe('geometry', () => {
  it('refuses a polygon with fewer than three points', () => {
    const geometry = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [0, 0],
        ],
      ],
    };
    expect(
      problemAt(
        'places',
        samplePlace('x', 'b1', { geometry: geometry as never }),
        'geometry.coordinates.0',
      ),
    ).toMatch(/three points/);
  });

  it('accepts a closed triangle', () => {
    const place = samplePlace('x', 'b1', {
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    });
    expect(validateRecord('places', place).ok).toBe(true);
  });

  it('refuses latitude 95 on a geographic map but accepts it as image pixels', () => {
    const geometry = { type: 'Point' as const, coordinates: [10, 95] as [number, number] };
    expect(
      problemAt('places', samplePlace('x', 'b1', { geometry, coordinateSpace: 'geo' }), 'geometry'),
    ).toMatch(/Latitude 95/);
    expect(
      validateRecord('places', samplePlace('x', 'b1', { geometry, coordinateSpace: 'image' })).ok,
    ).toBe(true);
  });

  it('refuses longitude 200 inside a polygon on a geographic map', () => {
    const geometry = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [200, 0],
          [1, 1],
          [0, 0],
        ] as [number, number][],
      ],
    };
    expect(problemAt('places', samplePlace('x', 'b1', { geometry }), 'geometry')).toMatch(
      /Longitude 200/,
    );
  });
});

describe('unknown enum values', () => {
  it.each([
    ['people', 'kind', 'gang-member'],
    ['people', 'riskLevel', 'extreme'],
    ['associations', 'kind', 'enemy'],
    ['actions', 'status', 'forgotten'],
    ['places', 'kind', 'moon'],
    ['memberships', 'role', 'boss'],
    ['boards', 'namePolicy', 'nickname'],
  ] as const)('%s.%s refuses "%s" and quotes it', (table, field, value) => {
    const message = problemAt(table, { ...valid[table], [field]: value }, field);
    expect(message).toContain(`"${value}"`);
  });
});

describe('rules', () => {
  // Noon local time, so the local calendar date is 2026-06-15 whatever the time zone.
  const now = new Date(2026, 5, 15, 12, 0, 0);

  it('reviewDateProblem flags a past date, not today or later', () => {
    expect(reviewDateProblem('2026-06-14', now)).toMatch(/passed/);
    expect(reviewDateProblem('2026-06-15', now)).toBeNull();
    expect(reviewDateProblem('2026-06-16', now)).toBeNull();
    expect(reviewDateProblem(null, now)).toBeNull();
  });

  it('dateOfBirthProblem flags a future date, not today or earlier', () => {
    expect(dateOfBirthProblem('2026-06-16', now)).toMatch(/future/);
    expect(dateOfBirthProblem('2026-06-15', now)).toBeNull();
    expect(dateOfBirthProblem('2010-01-01', now)).toBeNull();
    expect(dateOfBirthProblem(null, now)).toBeNull();
  });

  describe('duplicateAssociation', () => {
    const existing = [newAssociation('a1', 'b1', { fromId: 'p1', toId: 'p2', kind: 'friendship' })];

    it('finds the same kind in the same direction', () => {
      expect(
        duplicateAssociation(existing, { id: 'new', fromId: 'p1', toId: 'p2', kind: 'friendship' })
          ?.id,
      ).toBe('a1');
    });

    it('finds the same kind in the other direction', () => {
      expect(
        duplicateAssociation(existing, { id: 'new', fromId: 'p2', toId: 'p1', kind: 'friendship' })
          ?.id,
      ).toBe('a1');
    });

    it('allows a different kind between the same pair', () => {
      expect(
        duplicateAssociation(existing, { id: 'new', fromId: 'p1', toId: 'p2', kind: 'family' }),
      ).toBeUndefined();
    });

    it('allows the same kind with someone else', () => {
      expect(
        duplicateAssociation(existing, { id: 'new', fromId: 'p1', toId: 'p3', kind: 'friendship' }),
      ).toBeUndefined();
    });

    it('does not count the association itself (editing it)', () => {
      expect(
        duplicateAssociation(existing, { id: 'a1', fromId: 'p1', toId: 'p2', kind: 'friendship' }),
      ).toBeUndefined();
    });
  });
});
