import { describe, expect, it } from 'vitest';
import { tableNames, validateRecord, type TableName } from '../../src/domain/kinds';
import { fieldInWords, problemInWords } from '../../src/domain/kinds/fieldWords';
import { oneOfEach } from './sampleRecords';

/** What a schema path looks like when it leaks: "decisions.0.text", "dateOfBirth", "a › b". */
const looksLikeAPath = /\w\.\w|\w\.\d|›|\b[a-z]+[A-Z]\w*\b/;

const problemsOf = (table: TableName, record: unknown) => {
  const result = validateRecord(table, record);
  return result.ok ? [] : result.problems;
};

describe('where a problem is, in the user’s words', () => {
  it('names a field inside a list by its item and number', () => {
    expect(fieldInWords(['decisions', 0, 'text'])).toBe('the text of decision 1');
    expect(fieldInWords(['attendees', 2, 'name'])).toBe('the name of attendee 3');
    expect(fieldInWords(['indicators', 4])).toBe('indicator 5');
    expect(fieldInWords(['boards', 0, 'tables'])).toBe('the copied records of board 1');
    expect(fieldInWords([])).toBe('the record as a whole');
  });

  it('uses the kind’s own label for a field its form shows', () => {
    const people = problemsOf('people', { ...oneOfEach().people, displayName: '   ' });
    expect(people[0]!.words).toBe(
      'Enter a name; it cannot be empty or only spaces (the name shown)',
    );
  });

  it('says a meeting decision with empty text is “the text of decision 1”', () => {
    const meeting = oneOfEach().meetings;
    const decision = { id: 'd1', itemKind: 'board', itemId: 'b1', text: '', at: meeting.createdAt };
    const [problem] = problemsOf('meetings', { ...meeting, decisions: [decision] });
    expect(problem!.field).toBe('decisions.0.text');
    expect(problem!.words).toBe('The text of decision 1 is empty or too short');
  });

  it('turns a library message into plain words, and keeps a kind’s own message', () => {
    expect(
      problemInWords({ path: ['endedAt'], message: 'Invalid input', code: 'invalid_type' }),
    ).toBe('The time it ended is missing or not the right kind of value');
    expect(
      problemInWords({ path: ['age'], message: 'Age cannot be negative', code: 'custom' }),
    ).toBe('Age cannot be negative (the age)');
  });

  it.each(tableNames)('no refusal of a damaged %s shows a field path', (table) => {
    const record = oneOfEach()[table] as unknown as Record<string, unknown>;
    // Every field in turn replaced by something of the wrong type, as a damaged store leaves it.
    for (const key of Object.keys(record)) {
      for (const junk of [42, { nested: [1] }, null]) {
        for (const p of problemsOf(table, { ...record, [key]: junk })) {
          expect(p.words, `${table}.${key} = ${JSON.stringify(junk)}`).not.toMatch(looksLikeAPath);
          expect(p.words).not.toContain(p.field.includes('.') ? p.field : '\u0000');
        }
      }
    }
  });

  it('no refusal of a damaged item inside a list shows a field path', () => {
    const records = oneOfEach();
    const cases: [TableName, Record<string, unknown>][] = [
      ['meetings', { ...records.meetings, attendees: [{ name: 7, agency: '' }] }],
      ['meetings', { ...records.meetings, agenda: [{ kind: 'nobody', id: '', view: 3 }] }],
      ['incidents', { ...records.incidents, involved: [{ personId: '', role: 'boss' }] }],
      ['places', { ...records.places, guardians: [{ nope: true }] }],
      ['boards', { ...records.boards, indicatorKinds: [{ key: 5 }] }],
    ];
    for (const [table, record] of cases) {
      const problems = problemsOf(table, record);
      expect(problems.length, table).toBeGreaterThan(0);
      for (const p of problems) expect(p.words).not.toMatch(looksLikeAPath);
    }
  });
});
