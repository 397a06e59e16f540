import { describe, expect, it } from 'vitest';
import { placeSchema, timeBandSchema, type TimeBand } from '../../src/domain/kinds/place';
import { newPlace } from '../../src/domain/kinds/place';
import {
  describeDays,
  describeTimeBand,
  describeTimeBands,
  isOvernight,
} from '../../src/domain/timeBands';

const band = (days: TimeBand['days'], from: string, to: string): TimeBand => ({ days, from, to });

describe('describeDays', () => {
  it('names the common sets of days in words', () => {
    expect(describeDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Weekdays');
    expect(describeDays(['sat', 'sun'])).toBe('Weekends');
    expect(describeDays(['sun', 'sat', 'fri', 'thu', 'wed', 'tue', 'mon'])).toBe('Every day');
  });

  it('lists short runs, joins runs of three or more with a dash, Monday first', () => {
    expect(describeDays(['sat', 'fri'])).toBe('Fri, Sat');
    expect(describeDays(['wed'])).toBe('Wed');
    expect(describeDays(['thu', 'mon', 'tue', 'wed'])).toBe('Mon–Thu');
    expect(describeDays(['mon', 'tue', 'wed', 'sat'])).toBe('Mon–Wed, Sat');
    expect(describeDays(['mon', 'wed', 'fri', 'sun'])).toBe('Mon, Wed, Fri, Sun');
    expect(describeDays(['fri', 'sat', 'sun'])).toBe('Fri–Sun');
  });
});

describe('describeTimeBand', () => {
  it('puts the days before the hours', () => {
    expect(describeTimeBand(band(['mon', 'tue', 'wed', 'thu', 'fri'], '15:00', '18:00'))).toBe(
      'Weekdays 15:00–18:00',
    );
    expect(describeTimeBand(band(['fri', 'sat'], '20:00', '23:00'))).toBe('Fri, Sat 20:00–23:00');
  });

  it('says when a band runs past midnight', () => {
    const late = band(['fri'], '22:00', '02:00');
    expect(isOvernight(late)).toBe(true);
    expect(describeTimeBand(late)).toBe('Fri 22:00–02:00 (overnight)');
    expect(isOvernight(band(['fri'], '02:00', '22:00'))).toBe(false);
  });

  it('joins every band of a place', () => {
    expect(
      describeTimeBands([
        band(['mon', 'tue', 'wed', 'thu', 'fri'], '15:00', '18:00'),
        band(['sat', 'sun'], '11:00', '16:00'),
      ]),
    ).toBe('Weekdays 15:00–18:00; Weekends 11:00–16:00');
    expect(describeTimeBands([])).toBe('');
  });
});

describe('timeBandSchema', () => {
  const problems = (b: unknown) => {
    const r = timeBandSchema.safeParse(b);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('accepts a band in the day and an overnight band', () => {
    expect(problems(band(['mon'], '15:00', '18:00'))).toEqual([]);
    expect(problems(band(['fri', 'sat'], '22:00', '02:00'))).toEqual([]);
  });

  it('refuses no days, a repeated day, a band with no length and a time that is not a time', () => {
    expect(problems(band([], '15:00', '18:00'))).toEqual(['Pick at least one day']);
    expect(problems(band(['mon', 'mon'], '15:00', '18:00'))).toEqual(['A day is listed twice']);
    expect(problems(band(['mon'], '18:00', '18:00'))).toEqual([
      'From and to are the same time: give the band a start and an end',
    ]);
    expect(problems(band(['mon'], '25:00', '18:00'))).toContain('A time like 15:00');
    expect(problems({ days: ['someday'], from: '15:00', to: '18:00' })).not.toEqual([]);
  });

  it('is what a stored place is checked against', () => {
    const place = newPlace('pl1', 'b1', { name: 'Park', kind: 'park', geometry: null });
    expect(
      placeSchema.safeParse({ ...place, timeBands: [band(['mon'], '9:00', '10:00')] }).success,
    ).toBe(false);
    expect(
      placeSchema.safeParse({ ...place, timeBands: [band(['mon'], '09:00', '10:00')] }).success,
    ).toBe(true);
  });
});
