import { describe, expect, it } from 'vitest';
import { guessMapping, mappedTargets, remap } from '../../src/domain/formats/csvImport/headers';
import type { ImportTable } from '../../src/domain/formats/csvImport/table';
import { importTargets, missingTargets } from '../../src/domain/formats/csvImport/targets';
import { foundValues, guessTerm, guessValues } from '../../src/domain/formats/csvImport/values';
import { personKind } from '../../src/domain/kinds/person';
import {
  associationKinds,
  harmKinds,
  harmRoles,
  personKinds,
  placeKinds,
  riskLevels,
} from '../../src/domain/vocabulary';

const columns = (...headers: string[]) => headers.map((header, index) => ({ index, header }));
const table = (headers: string[], rows: string[][]): ImportTable => ({
  source: 't.csv',
  columns: columns(...headers),
  rows: rows.map((cells, i) => ({ line: i + 2, cells })),
  problems: [],
});

describe('guessing columns from their headings', () => {
  it('maps a case system’s headings to the person’s fields', () => {
    const m = guessMapping(
      columns('Case ref', 'Name', 'D.O.B.', 'Risk', 'Young person', 'Key worker', 'Shoe size'),
      importTargets.people,
    );
    expect(m).toEqual([
      'reference',
      'displayName',
      'dateOfBirth',
      'riskLevel',
      // "Young person" also means the name, which "Name" has taken already.
      null,
      'leadPractitioner',
      null,
    ]);
  });

  it.each([['DOB'], ['D.O.B.'], ['Date of birth'], ['date_of_birth'], ['Birth date']])(
    '%s is the date of birth',
    (heading) => {
      expect(guessMapping(columns(heading), importTargets.people)).toEqual(['dateOfBirth']);
    },
  );

  it('takes the targets from the kinds’ own field definitions', () => {
    const keys = importTargets.people.map((t) => t.key);
    expect(keys).toEqual(personKind.fields.map((f) => f.key));
    expect(importTargets.people.find((t) => t.key === 'riskLevel')?.options).toBe(riskLevels);
  });

  it('knows latitude and longitude for places and incidents, the people of an association', () => {
    expect(guessMapping(columns('Name', 'Lat', 'Lng'), importTargets.places)).toEqual([
      'name',
      'latitude',
      'longitude',
    ]);
    expect(
      guessMapping(
        columns('Date', 'Type', 'Location', 'Lon', 'Latitude', 'Victim'),
        importTargets.incidents,
      ),
    ).toEqual(['occurredAt', 'harmKinds', 'place', 'longitude', 'latitude', 'involved:harmed']);
    expect(
      guessMapping(columns('Person', 'Associate', 'Relationship'), importTargets.associations),
    ).toEqual(['from', 'to', 'kind']);
  });

  it('moves a field to the column chosen, leaving out the column that had it', () => {
    expect(remap(['displayName', null, 'notes'], 1, 'displayName')).toEqual([
      null,
      'displayName',
      'notes',
    ]);
    expect(remap(['displayName', null], 0, null)).toEqual([null, null]);
  });

  it('says what must still be chosen', () => {
    expect(missingTargets('people', mappedTargets(['notes']))).toEqual([
      'Choose a column for “Name shown” (or for “Full name”).',
    ]);
    expect(missingTargets('people', mappedTargets(['fullName']))).toEqual([]);
    expect(missingTargets('associations', mappedTargets(['from', 'to']))).toEqual([
      'Choose a column for “Kind”.',
    ]);
    expect(
      missingTargets('incidents', mappedTargets(['occurredAt', 'harmKinds', 'latitude'])),
    ).toEqual([
      'Choose the column that names the place, or the latitude and longitude columns.',
      'Choose both a latitude and a longitude column, or neither.',
    ]);
  });
});

describe('guessing values', () => {
  it.each([
    ['High', 'significant'],
    ['very high', 'significant'],
    ['Med', 'moderate'],
    ['Medium', 'moderate'],
    ['Low', 'emerging'],
    ['Significant', 'significant'],
    ['not-assessed', 'not-assessed'],
    ['None', 'none'],
  ])('risk “%s” is %s', (text, key) => {
    expect(guessTerm(riskLevels, text)).toBe(key);
  });

  it('matches keys, labels, a part of a label and synonyms; not what fits nothing', () => {
    expect(guessTerm(placeKinds, 'Takeaway')).toBe('shop');
    expect(guessTerm(placeKinds, 'stairwell')).toBe('estate');
    expect(guessTerm(associationKinds, 'Sibling')).toBe('family');
    expect(guessTerm(associationKinds, 'Co-offender')).toBe('criminal');
    expect(guessTerm(harmKinds, 'County lines')).toBe('cce');
    expect(guessTerm(harmRoles, 'Victim')).toBe('harmed');
    expect(guessTerm(personKinds, 'YP')).toBe('young-person');
    expect(guessTerm(riskLevels, 'Purple')).toBeNull();
  });

  it('lists each value of a column once (case and spacing aside), most frequent first', () => {
    const t = table(
      ['Risk', 'Kinds'],
      [
        ['High', 'CSE; Online'],
        ['high ', 'CSE'],
        ['Purple', ''],
      ],
    );
    expect(foundValues(t, 0)).toEqual([
      { key: 'high', text: 'High', count: 2 },
      { key: 'purple', text: 'Purple', count: 1 },
    ]);
    expect(foundValues(t, 1, true).map((v) => [v.text, v.count])).toEqual([
      ['CSE', 2],
      ['Online', 1],
    ]);
  });

  it('guesses what it can and leaves the rest for the user, keeping choices already made', () => {
    const t = table(['Risk'], [['High'], ['Purple'], ['Amberish']]);
    expect(guessValues(t, ['riskLevel'], importTargets.people)).toEqual({
      riskLevel: { high: 'significant' },
    });
    expect(
      guessValues(t, ['riskLevel'], importTargets.people, {
        riskLevel: { purple: 'moderate', high: '' },
      }),
    ).toEqual({ riskLevel: { high: '', purple: 'moderate' } });
  });
});
