import { describe, expect, it } from 'vitest';
import { problemProfile, type ProfileBoard } from '../../src/domain/analysis/problemProfile';

// Two fictional Harrowfield boards: a problem profile may take several together.
const north: ProfileBoard = {
  people: [
    { id: 'bo', kind: 'young-person', displayName: 'Bo' },
    { id: 'cy', kind: 'young-person', displayName: 'Cy' },
    { id: 'mr', kind: 'adult-of-concern', displayName: 'Mr R' },
  ],
  associations: [
    {
      id: 'a1',
      fromId: 'mr',
      toId: 'bo',
      kind: 'exploitation',
      confidence: 'suspected',
      firstReported: '2026-09-01',
      lastReported: null,
    },
    {
      id: 'a2',
      fromId: 'bo',
      toId: 'cy',
      kind: 'friendship',
      confidence: 'confirmed',
      firstReported: null,
      lastReported: null,
    },
  ],
  groups: [{ id: 'g1' }],
  memberships: [
    { groupId: 'g1', personId: 'bo' },
    { groupId: 'g1', personId: 'cy' },
  ],
  places: [{ id: 'shop', guardians: [] }],
  placeLinks: [{ placeId: 'shop', subjectKind: 'group', subjectId: 'g1', kind: 'frequents' }],
  incidents: [
    {
      placeId: 'shop',
      occurredAt: '2026-09-05T21:15',
      harmKinds: ['cce'],
      involved: [{ personId: 'bo', role: 'harmed' }],
    },
    {
      placeId: 'shop',
      occurredAt: '2026-11-20T21:40',
      harmKinds: ['cce', 'violence'],
      involved: [
        { personId: 'bo', role: 'harmed' },
        { personId: 'mr', role: 'harming' },
      ],
    },
  ],
};
const south: ProfileBoard = {
  people: [{ id: 'dee', kind: 'young-person', displayName: 'Dee' }],
  associations: [],
  groups: [],
  memberships: [],
  places: [{ id: 'park', guardians: [] }],
  placeLinks: [],
  incidents: [
    {
      placeId: null,
      occurredAt: '2026-10-10T16:00',
      harmKinds: ['hsb'],
      involved: [{ personId: 'dee', role: 'harmed' }],
    },
  ],
};

describe('the problem profile', () => {
  const profile = problemProfile([north, south]);

  it('counts harms by month over the whole span, months without incidents included', () => {
    expect(profile.harmsByMonth).toEqual([
      { month: '2026-09', counts: { cce: 1 } },
      { month: '2026-10', counts: { hsb: 1 } },
      { month: '2026-11', counts: { cce: 1, violence: 1 } },
    ]);
  });

  it('ranks places with the hours their incidents happen', () => {
    expect(profile.places[0]).toMatchObject({ placeId: 'shop', incidents: 2, groups: 1, board: 0 });
    expect(profile.places[0]!.byHour[21]).toBe(2);
    expect(profile.places[1]).toMatchObject({ placeId: 'park', incidents: 0, board: 1 });
  });

  it('says which harms each group overlaps with, through its members', () => {
    expect(profile.groups).toEqual([
      {
        groupId: 'g1',
        board: 0,
        members: 2,
        harms: { cce: 2, violence: 1 },
        associationKinds: { exploitation: 1, friendship: 1 },
      },
    ]);
  });

  it('counts the young people affected by each harm, never adults', () => {
    expect(profile.youngPeopleByHarm).toEqual({ cce: ['bo'], violence: ['bo'], hsb: ['dee'] });
    expect(profile.youngPeople).toBe(3);
  });

  it('reports the gaps in what was recorded', () => {
    expect(profile.quality).toEqual({
      associations: 2,
      suspectedAssociations: 1,
      undatedAssociations: 1,
      incidents: 3,
      incidentsWithoutPlace: 1,
      incidentsWithoutPeople: 0,
      people: 4,
      peopleWithoutLinks: 0,
    });
  });

  it('counts the people nothing joins to anyone or anywhere', () => {
    const lonely = problemProfile([
      {
        ...south,
        people: [...south.people, { id: 'eve', kind: 'young-person', displayName: 'Eve' }],
      },
    ]);
    expect(lonely.quality).toMatchObject({ people: 2, peopleWithoutLinks: 1 });
  });

  it('gives an empty profile for a board with nothing recorded', () => {
    const empty = problemProfile([{ ...south, incidents: [], people: [] }]);
    expect(empty.harmsByMonth).toEqual([]);
    expect(empty.youngPeople).toBe(0);
  });
});
