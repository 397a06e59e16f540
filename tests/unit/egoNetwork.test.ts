import { describe, expect, it } from 'vitest';
import { newAssociation } from '../../src/domain/kinds/association';
import { newPerson } from '../../src/domain/kinds/person';
import { buildAdjacency, egoNetwork } from '../../src/domain/egoNetwork';
import { applyNetworkFilter, emptyFilter } from '../../src/domain/networkFilter';

const B = 'board-1';
// A chain a-b-c-d-e, with a side branch b-x and an isolated z.
const names = ['a', 'b', 'c', 'd', 'e', 'x', 'z'];
const pairs: [string, string][] = [
  ['a', 'b'],
  ['b', 'c'],
  ['c', 'd'],
  ['d', 'e'],
  ['x', 'b'],
];
const people = names.map((id) => newPerson(id, B, { displayName: id }));
const associations = pairs.map(([fromId, toId]) =>
  newAssociation(`${fromId}${toId}`, B, {
    fromId,
    toId,
    kind: fromId === 'c' ? 'exploitation' : 'friendship',
    confidence: 'confirmed',
  }),
);
const content = { people, associations, memberships: [] };
const sorted = (s: Iterable<string>) => [...s].sort();

describe('egoNetwork', () => {
  const adjacency = buildAdjacency(pairs.map(([fromId, toId]) => ({ fromId, toId })));

  it('reaches people 1, 2 and 3 steps away, in either direction', () => {
    expect(sorted(egoNetwork(['a'], 1, adjacency))).toEqual(['a', 'b']);
    expect(sorted(egoNetwork(['a'], 2, adjacency))).toEqual(['a', 'b', 'c', 'x']);
    expect(sorted(egoNetwork(['a'], 3, adjacency))).toEqual(['a', 'b', 'c', 'd', 'x']);
    expect(sorted(egoNetwork(['d'], 1, adjacency))).toEqual(['c', 'd', 'e']);
  });

  it('joins the networks of several people', () => {
    expect(sorted(egoNetwork(['a', 'e'], 1, adjacency))).toEqual(['a', 'b', 'd', 'e']);
  });

  it('keeps an unlinked person alone', () => {
    expect(sorted(egoNetwork(['z'], 3, adjacency))).toEqual(['z']);
  });
});

describe('the focus in applyNetworkFilter', () => {
  const focus = (centre: string[], steps: 1 | 2 | 3, over = {}) =>
    applyNetworkFilter(content, { ...emptyFilter, ...over, focus: { centre, steps } });

  it('hides everyone further than the steps, and their associations', () => {
    const one = focus(['b'], 1);
    expect(sorted(one.hiddenPeople)).toEqual(['d', 'e', 'z']);
    expect(sorted(one.hiddenAssociations)).toEqual(['cd', 'de']);
    const two = focus(['b'], 2);
    expect(sorted(two.hiddenPeople)).toEqual(['e', 'z']);
    expect(sorted(two.hiddenAssociations)).toEqual(['de']);
    expect(sorted(focus(['b'], 3).hiddenPeople)).toEqual(['z']);
  });

  it('walks only over associations the filters leave shown', () => {
    // With exploitation hidden, c-d is cut: d and e are out of reach at any number of steps.
    const r = focus(['a'], 3, { hiddenAssociationKinds: ['exploitation'] });
    expect(sorted(r.hiddenPeople)).toEqual(['d', 'e', 'z']);
    expect(sorted(r.hiddenAssociations)).toEqual(['cd', 'de']);
  });

  it('does not walk through people the filters hide', () => {
    const r = applyNetworkFilter(
      { ...content, people: people.map((p) => (p.id === 'b' ? { ...p, kind: 'other' } : p)) },
      { ...emptyFilter, hiddenPersonKinds: ['other'], focus: { centre: ['a'], steps: 3 } },
    );
    expect(sorted(r.hiddenPeople)).toEqual(['b', 'c', 'd', 'e', 'x', 'z']);
  });
});
