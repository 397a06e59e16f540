import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BoardIndex } from '../../src/domain/formats/csvImport/boardIndex';
import { buildRows, type BuildRequest } from '../../src/domain/formats/csvImport/buildRows';
import { guessMapping } from '../../src/domain/formats/csvImport/headers';
import { mergedRecord, planImport } from '../../src/domain/formats/csvImport/importPlan';
import { parseCsv } from '../../src/domain/formats/csvImport/parseCsv';
import { gridSpots } from '../../src/domain/formats/csvImport/placement';
import { describeProblem, type ImportTable } from '../../src/domain/formats/csvImport/table';
import { importTargets, type ImportKind } from '../../src/domain/formats/csvImport/targets';
import { guessValues } from '../../src/domain/formats/csvImport/values';
import type { Incident } from '../../src/domain/kinds/incident';
import { newPerson, type Person } from '../../src/domain/kinds/person';
import type { Place } from '../../src/domain/kinds/place';
import type { Association } from '../../src/domain/kinds/association';

const NOW = new Date('2026-11-20T12:00:00');
const env = () => {
  let n = 0;
  return { newId: () => `new-${++n}`, now: NOW };
};

const emptyBoard: BoardIndex = {
  boardId: 'b1',
  people: [],
  places: [],
  incidents: [],
  associations: [],
};

const cohortBoard: BoardIndex = {
  ...emptyBoard,
  people: [
    {
      id: 'p41',
      displayName: 'Zoë Adeyemi',
      fullName: '',
      reference: 'HF-2041',
      dateOfBirth: null,
    },
    {
      id: 'p42',
      displayName: 'Liam Kershaw',
      fullName: '',
      reference: 'HF-2042',
      dateOfBirth: null,
    },
    {
      id: 'p44',
      displayName: 'Josué Martín',
      fullName: '',
      reference: 'HF-2044',
      dateOfBirth: null,
    },
    {
      id: 'p45',
      displayName: 'Kacper Nowak',
      fullName: '',
      reference: 'HF-2045',
      dateOfBirth: null,
    },
    {
      id: 'p47',
      displayName: 'Ray Fenwick',
      fullName: 'Raymond Fenwick',
      reference: 'HF-2047',
      dateOfBirth: null,
    },
  ],
  places: [
    { id: 'x1', name: 'Harrowfield bus station', reference: 'PL-07' },
    { id: 'x2', name: 'Harrowfield Lads group chat', reference: '' },
    { id: 'x3', name: 'Station Road skate park', reference: '' },
    { id: 'x4', name: 'Forge Street garages', reference: '' },
    { id: 'x5', name: 'Canal towpath by Mill Lane', reference: '' },
  ],
};

function tableOf(path: string): ImportTable {
  const r = parseCsv(new Uint8Array(readFileSync(path)), path.split('/').pop()!, {
    delimiter: null,
  });
  if (!r.ok) throw new Error(r.message);
  return r.table;
}

/** The file read with the guessed mapping and values, as the wizard starts. */
function build(
  path: string,
  kind: ImportKind,
  index = emptyBoard,
  over: Partial<BuildRequest> = {},
) {
  const table = tableOf(path);
  const mapping = guessMapping(table.columns, importTargets[kind]);
  const values = guessValues(table, mapping, importTargets[kind]);
  return buildRows(
    table,
    { kind, mapping, values, index, addMissingPeople: false, ...over },
    env(),
  );
}

describe('people', () => {
  it('reads the sample cohort into people as they will be stored', () => {
    const built = build('fixtures/import/harrowfield-cohort-people.csv', 'people');
    expect(built.problems).toEqual([]);
    expect(built.rows).toHaveLength(8);
    expect(built.rows[0]!.record).toMatchObject({
      id: 'new-1',
      boardId: 'b1',
      displayName: 'Zoë Adeyemi',
      initials: 'ZA',
      reference: 'HF-2041',
      dateOfBirth: '2010-02-14',
      kind: 'young-person',
      riskLevel: 'significant',
      harmRole: 'harmed',
      leadPractitioner: 'R. Okafor',
    });
    expect(built.rows[1]!.record).toMatchObject({ riskLevel: 'moderate', harmRole: 'harming' });
    expect(built.rows[6]!.record).toMatchObject({ kind: 'adult-of-concern', dateOfBirth: null });
    // A row's `given` fields are what a merge writes: not the ones its empty cells leave out.
    expect(built.rows[6]!.given).not.toContain('dateOfBirth');
    expect(built.preview.columns.map((c) => c.label)).toContain('Risk level');
    expect(built.preview.rows[0]!.cells).toContain('Significant');
    expect(built.preview.rows[0]!.cells).toContain('14 Feb 2010');
  });

  it('lists every row problem with its line, column and reason, and leaves those rows out', () => {
    const built = build('tests/fixtures/hostile/csv-impossible-dates.csv', 'people');
    expect(built.rows.map((r) => (r.record as Person).displayName)).toEqual(['Eve Shaw']);
    expect(built.problems.map(describeProblem)).toEqual([
      'Line 2, column “DOB”: “2026-02-30” is not a real date: February 2026 has 28 days',
      'Line 3, column “DOB”: “31/13/2020” is not a real date: there is no month 13',
      'Line 4, column “DOB”: “29/02/2023” is not a real date: February 2023 has 28 days',
      'Line 5, column “DOB”: “yesterday” is not a date this import can read (write it as 2026-03-12 or 12/03/2026)',
      'Line 7, column “DOB”: “03/04/26” does not give the year in full (write 2026, not 26)',
    ]);
  });

  it('keeps formulas as the text typed, and says so', () => {
    const built = build('tests/fixtures/hostile/csv-formulas.csv', 'people');
    expect(built.problems).toEqual([]);
    expect(built.rows.map((r) => (r.record as Person).displayName)).toEqual([
      '=1+1',
      '@SUM(A1:A9)',
      '+44 7700 900123',
      '-Dee-',
      'Jo Malik',
    ]);
    expect((built.rows[4]!.record as Person).school).toBe(
      '=HYPERLINK("http://example.invalid","Open")',
    );
    expect(built.notes[0]).toMatch(
      /^5 cells start with =, \+, - or @.*imported as the text written, never calculated/,
    );
  });

  it('keeps HTML as the text typed', () => {
    const built = build('tests/fixtures/hostile/csv-html.csv', 'people');
    expect(built.rows.map((r) => (r.record as Person).displayName)).toEqual([
      '<script>window.__pwned = 1</script>',
      '<img src=x onerror="window.__pwned = 2">',
      '<b>Bold</b> Brennan',
    ]);
  });

  it('says a value not matched to a term leaves its row out, and a term chosen lets it in', () => {
    const table: ImportTable = {
      source: 'risk.csv',
      columns: [
        { index: 0, header: 'Name' },
        { index: 1, header: 'Risk' },
      ],
      rows: [
        { line: 2, cells: ['Ali', 'Purple'] },
        { line: 3, cells: ['Bea', 'High'] },
      ],
      problems: [],
    };
    const request: BuildRequest = {
      kind: 'people',
      mapping: ['displayName', 'riskLevel'],
      values: { riskLevel: { high: 'significant' } },
      index: emptyBoard,
      addMissingPeople: false,
    };
    const first = buildRows(table, request, env());
    expect(first.problems.map(describeProblem)).toEqual([
      'Line 2, column “Risk”: “Purple” is not matched to any risk level: choose one for it under Values',
    ]);
    const second = buildRows(
      table,
      { ...request, values: { riskLevel: { high: 'significant', purple: '' } } },
      env(),
    );
    expect(second.rows.map((r) => (r.record as Person).riskLevel)).toEqual([
      'not-assessed',
      'significant',
    ]);
  });

  it('leaves out a row that repeats a reference from earlier in the file', () => {
    const table: ImportTable = {
      source: 'twice.csv',
      columns: [
        { index: 0, header: 'Name' },
        { index: 1, header: 'ID' },
      ],
      rows: [
        { line: 2, cells: ['Ali', 'HF-1'] },
        { line: 3, cells: ['Ali B', 'hf-1'] },
      ],
      problems: [],
    };
    const built = buildRows(
      table,
      {
        kind: 'people',
        mapping: ['displayName', 'reference'],
        values: {},
        index: emptyBoard,
        addMissingPeople: false,
      },
      env(),
    );
    expect(built.rows).toHaveLength(1);
    expect(built.problems.map(describeProblem)).toEqual([
      'Line 3, column “ID”: repeats the reference “hf-1” of line 2',
    ]);
  });
});

describe('associations', () => {
  const path = 'fixtures/import/harrowfield-associations.csv';

  it('finds the people named by case reference or by name; the others are row problems', () => {
    const built = build(path, 'associations', cohortBoard);
    const made = built.rows.map((r) => r.record as Association);
    expect(made[0]).toMatchObject({
      fromId: 'p47',
      toId: 'p41',
      kind: 'exploitation',
      directed: true,
      confidence: 'suspected',
      firstReported: '2026-03-02',
    });
    expect(made[1]).toMatchObject({
      fromId: 'p42',
      toId: 'p44',
      kind: 'friendship',
      directed: false,
    });
    expect(made[2]).toMatchObject({ fromId: 'p42', toId: 'p47', kind: 'criminal' });
    expect(built.problems.map(describeProblem)).toEqual([
      'Line 5, column “Associate”: no one called “Chloé Baptiste” (or with that case reference) is on this board',
      'Line 6, column “Associate”: no one called “HF-2046” (or with that case reference) is on this board',
      'Line 7, column “Person”: no one called “HF-2043” (or with that case reference) is on this board',
      'Line 8, column “Person”: no one called “HF-2048” (or with that case reference) is on this board',
    ]);
  });

  it('adds the people it names who are not on the board, once each, when asked', () => {
    const built = build(path, 'associations', cohortBoard, { addMissingPeople: true });
    expect(built.problems).toEqual([]);
    expect(built.rows).toHaveLength(7);
    expect(built.newPeople.map((p) => p.displayName).sort()).toEqual([
      'Chloé Baptiste',
      'HF-2043',
      'HF-2046',
      'HF-2048',
    ]);
    expect(built.preview.rows[3]!.cells.slice(0, 2)).toEqual([
      'Zoë Adeyemi',
      'Chloé Baptiste (new)',
    ]);
  });

  it('does not guess between two people with the same name', () => {
    const index: BoardIndex = {
      ...emptyBoard,
      people: [
        { id: 'a', displayName: 'Sam Lee', fullName: '', reference: '', dateOfBirth: null },
        { id: 'b', displayName: 'Sam Lee', fullName: '', reference: '', dateOfBirth: null },
        { id: 'c', displayName: 'Ali', fullName: '', reference: '', dateOfBirth: null },
      ],
    };
    const table: ImportTable = {
      source: 'a.csv',
      columns: [
        { index: 0, header: 'From' },
        { index: 1, header: 'To' },
        { index: 2, header: 'Kind' },
      ],
      rows: [{ line: 2, cells: ['Sam Lee', 'Ali', 'Friend'] }],
      problems: [],
    };
    const built = buildRows(
      table,
      {
        kind: 'associations',
        mapping: ['from', 'to', 'kind'],
        values: { kind: { friend: 'friendship' } },
        index,
        addMissingPeople: true,
      },
      env(),
    );
    expect(built.problems.map(describeProblem)).toEqual([
      'Line 2, column “From”: 2 people on the board are called “Sam Lee”: give the person’s reference instead',
    ]);
    expect(built.newPeople).toEqual([]);
  });
});

describe('places and incidents', () => {
  it('makes places with a latitude and longitude points, and the others listed without a location', () => {
    const built = build('fixtures/import/harrowfield-places.csv', 'places');
    expect(built.problems).toEqual([]);
    const places = built.rows.map((r) => r.record as Place);
    expect(places[0]).toMatchObject({
      name: 'Harrowfield bus station',
      kind: 'transport',
      riskLevel: 'significant',
      reference: 'PL-07',
      geometry: { type: 'Point', coordinates: [-1.4987, 53.4021] },
    });
    expect(places[3]).toMatchObject({ kind: 'estate' });
    expect(places[5]).toMatchObject({
      name: 'Harrowfield Lads group chat',
      kind: 'online',
      geometry: null,
    });
    expect(built.preview.rows[5]!.cells.at(-1)).toBe('No location: listed, not drawn');
  });

  it('reads incidents at the board’s places, with the people involved and their roles', () => {
    const built = build('fixtures/import/harrowfield-incidents.tsv', 'incidents', cohortBoard);
    expect(built.problems).toEqual([]);
    const incidents = built.rows.map((r) => r.record as Incident);
    expect(incidents[0]).toMatchObject({
      occurredAt: '2026-03-12T17:40',
      harmKinds: ['cce'],
      placeId: 'x1',
      point: null,
      involved: [
        { personId: 'p42', role: 'harmed' },
        { personId: 'p47', role: 'harming' },
      ],
      source: 'Police',
      reference: 'HX-26-0311',
    });
    expect(incidents[1]!.harmKinds).toEqual(['cse', 'online']);
    expect(incidents[2]!.involved.map((i) => i.personId)).toEqual(['p45', 'p42', 'p44']);
    expect(incidents[4]!.occurredAt).toBe('2026-05-03T00:00');
    expect(built.notes).toEqual(['One incident gives a date but no time: recorded at 00:00.']);
    expect(built.preview.rows[0]!.cells.slice(0, 4)).toEqual([
      '12 Mar 2026, 17:40',
      'Criminal exploitation',
      'Harrowfield bus station',
      'Liam Kershaw (harmed), Ray Fenwick (harming)',
    ]);
  });

  it('puts an incident at its point when its place is not on the board; without one, says why', () => {
    const table: ImportTable = {
      source: 'i.csv',
      columns: ['Date', 'Type', 'Location', 'Lat', 'Lon'].map((header, index) => ({
        index,
        header,
      })),
      rows: [
        { line: 2, cells: ['01/06/2026 10:00', 'CCE', 'Nowhere Lane', '53.4', '-1.5'] },
        { line: 3, cells: ['01/06/2026 11:00', 'CCE', 'Nowhere Lane', '', ''] },
        { line: 4, cells: ['01/12/2026 11:00', 'CCE', '', '53.4', '-1.5'] },
      ],
      problems: [],
    };
    const built = buildRows(
      table,
      {
        kind: 'incidents',
        mapping: ['occurredAt', 'harmKinds', 'place', 'latitude', 'longitude'],
        values: { harmKinds: { cce: 'cce' } },
        index: cohortBoard,
        addMissingPeople: false,
      },
      env(),
    );
    expect(built.rows.map((r) => (r.record as Incident).point)).toEqual([[-1.5, 53.4]]);
    expect(built.problems.map(describeProblem)).toEqual([
      'Line 3, column “Location”: there is no place called “Nowhere Lane” (or with that reference) on this board: import the places first, or give a latitude and longitude',
      'Line 4, column “Date”: An incident cannot be in the future; check the date and time',
    ]);
  });
});

describe('duplicates and the plan', () => {
  const person = (id: string, over: Partial<Person>) => ({
    ...newPerson(id, 'b1', { displayName: 'x' }),
    ...over,
  });

  it('finds records already on the board by reference, name and date of birth, or place name', () => {
    const index: BoardIndex = {
      ...emptyBoard,
      people: [
        {
          id: 'e1',
          displayName: 'Zoë Adeyemi',
          fullName: '',
          reference: 'hf-2041',
          dateOfBirth: null,
        },
        {
          id: 'e2',
          displayName: 'Someone',
          fullName: 'Liam Kershaw',
          reference: '',
          dateOfBirth: '2009-09-03',
        },
        {
          id: 'e3',
          displayName: "Niamh O'Rourke",
          fullName: '',
          reference: '',
          dateOfBirth: '2011-01-01',
        },
      ],
    };
    const built = build('fixtures/import/harrowfield-cohort-people.csv', 'people', index);
    expect(built.duplicates).toEqual([
      { line: 2, existingId: 'e1', reason: 'same case reference' },
      { line: 3, existingId: 'e2', reason: 'same name and date of birth' },
    ]);
    const places = build('fixtures/import/harrowfield-places.csv', 'places', cohortBoard);
    expect(places.duplicates[0]).toEqual({ line: 2, existingId: 'x1', reason: 'same reference' });
    expect(places.duplicates[1]).toEqual({ line: 3, existingId: 'x5', reason: 'same name' });
  });

  it('merges, skips or adds each duplicate as chosen, and places new people clear of the drawn ones', () => {
    const index: BoardIndex = {
      ...emptyBoard,
      people: [
        {
          id: 'e1',
          displayName: 'Zoë Adeyemi',
          fullName: '',
          reference: 'HF-2041',
          dateOfBirth: null,
        },
        { id: 'e2', displayName: 'Liam K', fullName: '', reference: 'HF-2042', dateOfBirth: null },
        { id: 'e3', displayName: 'Niamh', fullName: '', reference: 'HF-2043', dateOfBirth: null },
      ],
    };
    const built = build('fixtures/import/harrowfield-cohort-people.csv', 'people', index);
    const plan = planImport(
      built,
      new Map([
        [2, 'merge'],
        [3, 'new'],
      ]),
      [
        { x: 0, y: 0 },
        { x: 300, y: -100 },
      ],
    );
    // Line 4 (the third duplicate) is skipped: nothing on the board changes unless asked.
    expect(plan.counts).toEqual({ added: 6, merged: 1, skipped: 1, newPeople: 0 });
    expect(plan.merges).toEqual([
      {
        table: 'people',
        id: 'e1',
        patch: expect.objectContaining({
          riskLevel: 'significant',
          dateOfBirth: '2010-02-14',
        }) as unknown,
      },
    ]);
    const people = plan.creates.filter((c) => c.table === 'people');
    expect(people.every((c) => c.fresh)).toBe(true);
    const spots = plan.creates
      .filter((c) => c.table === 'positions')
      .map((c) => c.record as { x: number; y: number });
    expect(spots).toHaveLength(6);
    expect(Math.min(...spots.map((s) => s.x))).toBeGreaterThan(300);
    expect(new Set(spots.map((s) => `${s.x},${s.y}`)).size).toBe(6);
  });

  it('lays a merge over the record: new initials with a new name, a drawn area kept', () => {
    const merged = mergedRecord('people', person('e1', { displayName: 'Zoe A', initials: 'ZA' }), {
      displayName: 'Zoë Adeyemi',
      riskLevel: 'significant',
    });
    expect(merged).toMatchObject({
      displayName: 'Zoë Adeyemi',
      initials: 'ZA',
      riskLevel: 'significant',
    });
    const renamed = mergedRecord('people', person('e1', { displayName: 'Kit', initials: 'K' }), {
      displayName: 'Kit Moss',
    });
    expect(renamed).toMatchObject({ initials: 'KM' });
    const area = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ] as [number, number][][],
    };
    const place = { id: 'x', boardId: 'b1', name: 'Park', geometry: area } as unknown as Place;
    expect(
      mergedRecord('places', place, { geometry: { type: 'Point', coordinates: [1, 1] } }),
    ).toMatchObject({ geometry: area });
  });

  it('spreads new people in a square grid; with nobody drawn, from the origin', () => {
    expect(gridSpots([], 4)).toEqual([
      { x: 0, y: 0 },
      { x: 140, y: 0 },
      { x: 0, y: 140 },
      { x: 140, y: 140 },
    ]);
  });
});
