import { describe, expect, it } from 'vitest';
import { boardFormErrors, type BoardFormFields } from '../../src/features/boards/boardValidation';
import { describeCounts } from '../../src/features/boards/describeCounts';
import { checkField } from '../../src/features/records/RecordFields';
import { personKind } from '../../src/domain/kinds/person';
import { newPerson } from '../../src/domain/kinds/person';

const now = new Date('2026-11-21T10:00:00Z');
const ok: BoardFormFields = {
  title: 'Brookside strategy meeting',
  purpose: 'Agree a plan for the Brookside peer group',
  owner: 'Sam',
  reviewDate: '2027-01-10',
  classification: 'OFFICIAL-SENSITIVE',
  namePolicy: 'full',
};

describe('boardFormErrors', () => {
  it('accepts a complete board', () => {
    expect(boardFormErrors(ok, now)).toEqual({});
  });
  it('names each problem by field in plain words', () => {
    const errors = boardFormErrors(
      { ...ok, title: '   ', purpose: '', reviewDate: '2026-11-01' },
      now,
    );
    expect(errors.title).toMatch(/Enter a title/);
    expect(errors.purpose).toMatch(/why you are mapping/);
    expect(errors.reviewDate).toMatch(/already passed/);
  });
  it('asks for a missing review date and refuses impossible dates', () => {
    expect(boardFormErrors({ ...ok, reviewDate: '' }, now).reviewDate).toMatch(
      /Pick a review date/,
    );
    expect(boardFormErrors({ ...ok, reviewDate: '2027-02-30' }, now).reviewDate).toMatch(
      /not a real date/,
    );
  });
  it('refuses a 10,000-character title with its length', () => {
    expect(boardFormErrors({ ...ok, title: 'x'.repeat(10_000) }, now).title).toMatch(/10,000/);
  });
});

describe('describeCounts', () => {
  it('lists what a board holds', () => {
    expect(describeCounts({ people: 12, associations: 1, actions: 3, positions: 12 })).toBe(
      '12 people, 1 association and 3 actions',
    );
    expect(describeCounts({})).toBe('nothing yet');
  });
});

describe('checkField', () => {
  const person = newPerson('p1', 'b1', { displayName: 'Ali' });
  const def = (key: string) => personKind.fields.find((f) => f.key === key)!;
  const problem = (key: string, text: string) => {
    const r = checkField('people', person, def(key), text);
    return 'problem' in r ? r.problem : null;
  };
  it('parses and validates against the schema', () => {
    expect(checkField('people', person, def('age'), '15')).toEqual({ value: 15 });
    expect(checkField('people', person, def('age'), '')).toEqual({ value: null });
    expect(problem('age', 'abc')).toMatch(/whole number/);
    expect(problem('age', '130')).toMatch(/at most 120/);
    expect(problem('displayName', '  ')).toMatch(/Enter a name/);
    expect(checkField('people', person, def('tags'), 'school, park ,')).toEqual({
      value: ['school', 'park'],
    });
  });
  it('applies input rules such as no date of birth in the future', () => {
    expect(problem('dateOfBirth', '2999-01-01')).toMatch(/future/);
  });
});
