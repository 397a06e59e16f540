import { describe, expect, it } from 'vitest';
import { highestMarking } from '../../src/domain/analysis/profileMarking';
import { profileCaveats } from '../../src/domain/analysis/profileCaveats';
import { niceStep } from '../../src/features/profile/HarmsChart';
import { busiestHours } from '../../src/features/profile/HourStrip';

describe('the marking of a problem profile from several boards', () => {
  it('is the highest classification of the boards', () => {
    expect(highestMarking(['OFFICIAL', 'OFFICIAL-SENSITIVE', 'OFFICIAL'])).toBe(
      'OFFICIAL-SENSITIVE',
    );
    expect(highestMarking(['Official - Sensitive', 'SECRET'])).toBe('SECRET');
    expect(highestMarking(['OFFICIAL'])).toBe('OFFICIAL');
  });

  it('keeps every marking when one is not on the ladder, and leaves out empty ones', () => {
    expect(highestMarking(['OFFICIAL', 'Harrowfield MASH only', ' '])).toBe(
      'OFFICIAL / Harrowfield MASH only',
    );
    expect(highestMarking(['', ''])).toBe('');
  });
});

describe('the caveats on data quality', () => {
  const clean = {
    associations: 10,
    suspectedAssociations: 0,
    undatedAssociations: 0,
    incidents: 4,
    incidentsWithoutPlace: 0,
    incidentsWithoutPeople: 0,
    people: 6,
    peopleWithoutLinks: 0,
  };

  it('says nothing of gaps that are not there', () => {
    expect(profileCaveats(clean)).toEqual([]);
  });

  it('counts each gap in plain words, with its share', () => {
    const caveats = profileCaveats({
      ...clean,
      suspectedAssociations: 3,
      undatedAssociations: 5,
      incidentsWithoutPlace: 1,
      incidentsWithoutPeople: 2,
      peopleWithoutLinks: 1,
    });
    expect(caveats).toEqual([
      '5 of 10 associations (50%) have no date reported, so they cannot be placed in time.',
      '3 of 10 associations (30%) are recorded as suspected, the lowest confidence.',
      '1 of 4 incidents are recorded at a point on the map rather than at a place, so they are not counted in the places ranked.',
      '2 of 4 incidents have nobody recorded as involved, so they count towards no young person.',
      '1 of 6 people have no association, group, place or incident recorded: nothing joins them to anyone or anywhere yet.',
    ]);
  });

  it('writes large counts with thousands separated', () => {
    expect(profileCaveats({ ...clean, associations: 6000, undatedAssociations: 6000 })[0]).toBe(
      '6,000 of 6,000 associations (100%) have no date reported, so they cannot be placed in time.',
    );
  });

  it('says when no incidents are recorded', () => {
    expect(profileCaveats({ ...clean, incidents: 0 })).toContain(
      'No incidents are recorded, so no pattern in time or place can be shown.',
    );
  });
});

describe('the charts’ scales and words', () => {
  it('steps the count axis by 1, 2 or 5 times a power of ten', () => {
    expect([1, 4, 9, 23, 180, 1200].map(niceStep)).toEqual([1, 1, 2, 5, 50, 500]);
  });

  it('says when a place is busiest', () => {
    const hours = new Array<number>(24).fill(0);
    expect(busiestHours(hours)).toBe('no incidents at this place');
    hours[21] = 3;
    expect(busiestHours(hours)).toBe('most at 21:00 (3)');
    hours[9] = 3;
    expect(busiestHours(hours)).toBe('most at 09:00, 21:00 (3 each)');
  });
});
