import { describe, expect, it } from 'vitest';
import { newAssociation } from '../../src/domain/kinds/association';
import { newPerson } from '../../src/domain/kinds/person';
import type { Association } from '../../src/domain/kinds/association';
import type { Person } from '../../src/domain/kinds/person';
import {
  applyNetworkFilter,
  emptyFilter,
  filtersActive,
  NO_LEAD_AGENCY,
  type NetworkFilter,
} from '../../src/domain/networkFilter';
import { sampleMembership } from './sampleRecords';

const B = 'board-1';
const person = (id: string, over: Partial<Person> = {}) =>
  newPerson(id, B, { displayName: id, ...over });
const link = (id: string, fromId: string, toId: string, over: Partial<Association> = {}) =>
  newAssociation(id, B, { fromId, toId, kind: 'friendship', confidence: 'confirmed', ...over });

// ann (police) - bob (education, adult of concern) - cat (no agency) - dan (police, professional)
const people = [
  person('ann', { leadAgency: 'Police' }),
  person('bob', { leadAgency: 'Education', kind: 'adult-of-concern' }),
  person('cat', { leadAgency: '  ' }),
  person('dan', { leadAgency: ' Police ', kind: 'professional' }),
];
const associations = [
  link('ab', 'ann', 'bob', {
    kind: 'exploitation',
    confidence: 'suspected',
    firstReported: '2026-01-10',
    lastReported: '2026-03-01',
  }),
  link('bc', 'bob', 'cat', { firstReported: '2026-05-01', lastReported: null }),
  link('cd', 'cat', 'dan', { confidence: 'reported' }),
  link('ad', 'ann', 'dan', { kind: 'online', lastReported: '2026-02-01' }),
];
const memberships = [
  sampleMembership('m1', B, 'g-park', 'ann'),
  sampleMembership('m2', B, 'g-park', 'bob'),
  sampleMembership('m3', B, 'g-school', 'cat'),
];
const content = { people, associations, memberships };

const run = (over: Partial<NetworkFilter>) => {
  const r = applyNetworkFilter(content, { ...emptyFilter, ...over });
  return { people: [...r.hiddenPeople].sort(), associations: [...r.hiddenAssociations].sort() };
};

describe('applyNetworkFilter', () => {
  it('hides nothing with the empty filter', () => {
    expect(run({})).toEqual({ people: [], associations: [] });
    expect(filtersActive(emptyFilter)).toBe(false);
  });

  it('hides associations of a kind, and no people', () => {
    expect(run({ hiddenAssociationKinds: ['exploitation'] })).toEqual({
      people: [],
      associations: ['ab'],
    });
    expect(run({ hiddenAssociationKinds: ['friendship', 'online'] })).toEqual({
      people: [],
      associations: ['ad', 'bc', 'cd'],
    });
  });

  it('hides associations by confidence', () => {
    expect(run({ hiddenConfidences: ['suspected', 'reported'] })).toEqual({
      people: [],
      associations: ['ab', 'cd'],
    });
  });

  it('keeps associations whose reported span overlaps the date range', () => {
    // ab runs 10 Jan to 1 Mar, bc is a single day 1 May, ad a single day 1 Feb; cd is undated.
    expect(run({ dateFrom: '2026-02-15' })).toEqual({ people: [], associations: ['ad'] });
    expect(run({ dateTo: '2026-01-31' })).toEqual({ people: [], associations: ['ad', 'bc'] });
    expect(run({ dateFrom: '2026-03-01', dateTo: '2026-04-30' })).toEqual({
      people: [],
      associations: ['ad', 'bc'],
    });
    expect(run({ dateFrom: '2026-05-01', dateTo: '2026-05-01' })).toEqual({
      people: [],
      associations: ['ab', 'ad'],
    });
  });

  it('shows undated associations unless asked to hide them', () => {
    expect(run({ dateFrom: '2020-01-01' }).associations).not.toContain('cd');
    expect(run({ hideUndated: true })).toEqual({ people: [], associations: ['cd'] });
  });

  it('hides people by lead agency (trimmed), and their associations', () => {
    expect(run({ hiddenLeadAgencies: ['Police'] })).toEqual({
      people: ['ann', 'dan'],
      associations: ['ab', 'ad', 'cd'],
    });
    expect(run({ hiddenLeadAgencies: [NO_LEAD_AGENCY] })).toEqual({
      people: ['cat'],
      associations: ['bc', 'cd'],
    });
  });

  it('shows only members of the chosen groups', () => {
    expect(run({ onlyGroups: ['g-park'] })).toEqual({
      people: ['cat', 'dan'],
      associations: ['bc', 'cd', 'ad'].sort(),
    });
    expect(run({ onlyGroups: ['g-park', 'g-school'] })).toEqual({
      people: ['dan'],
      associations: ['ad', 'cd'],
    });
  });

  it('hides people by kind', () => {
    expect(run({ hiddenPersonKinds: ['professional'] })).toEqual({
      people: ['dan'],
      associations: ['ad', 'cd'],
    });
    expect(run({ hiddenPersonKinds: ['young-person'] }).people).toEqual(['ann', 'cat']);
  });

  it('combines filters: each hides what it hides', () => {
    expect(
      run({ hiddenAssociationKinds: ['exploitation'], hiddenPersonKinds: ['professional'] }),
    ).toEqual({ people: ['dan'], associations: ['ab', 'ad', 'cd'] });
    expect(run({ hiddenConfidences: ['reported'], onlyGroups: ['g-school'] })).toEqual({
      people: ['ann', 'bob', 'dan'],
      associations: ['ab', 'ad', 'bc', 'cd'],
    });
  });

  it('can hide everyone', () => {
    const r = run({ hiddenPersonKinds: ['young-person', 'adult-of-concern', 'professional'] });
    expect(r.people).toEqual(['ann', 'bob', 'cat', 'dan']);
    expect(r.associations).toEqual(['ab', 'ad', 'bc', 'cd']);
    expect(run({ onlyGroups: ['a group with nobody in it'] }).people).toHaveLength(4);
  });

  it('counts as active whenever any choice narrows the diagram', () => {
    expect(filtersActive({ ...emptyFilter, hideUndated: true })).toBe(true);
    expect(filtersActive({ ...emptyFilter, dateTo: '2026-01-01' })).toBe(true);
    expect(filtersActive({ ...emptyFilter, focus: { centre: ['ann'], steps: 1 } })).toBe(false);
  });
});
