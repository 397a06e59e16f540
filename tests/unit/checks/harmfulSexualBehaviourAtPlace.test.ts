import { describe, expect, it } from 'vitest';
import { harmfulSexualBehaviourAtPlace } from '../../../src/domain/checks/harmfulSexualBehaviourAtPlace';
import { newAssociation } from '../../../src/domain/kinds/association';
import {
  sampleAction,
  sampleGroup,
  sampleIncident,
  sampleMembership,
  samplePlace,
  samplePlaceLink,
} from '../sampleRecords';
import { B, checkInput, person } from './checkInput';

const school = samplePlace('pl1', B, { name: 'Harrowfield Academy', kind: 'school' });
const ethan = person('p1', 'Ethan');
const chloe = person('p2', 'Chloe');
const hsb = newAssociation('as1', B, { fromId: 'p1', toId: 'p2', kind: 'hsb' });
const hsbIncident = sampleIncident('i1', B, {
  placeId: 'pl1',
  point: null,
  harmKinds: ['hsb'],
  occurredAt: '2026-09-10T12:20',
});

describe('harmful sexual behaviour associated with a place', () => {
  it('fires for an HSB incident at a place with no action aimed at it', () => {
    const [f, ...rest] = harmfulSexualBehaviourAtPlace(
      checkInput({ places: [school], incidents: [hsbIncident] }),
    );
    expect(rest).toEqual([]);
    expect(f!.title).toBe('Harmful sexual behaviour linked to Harrowfield Academy');
    expect(f!.reason).toContain('10 Sept 2026');
    expect(f!.records).toContainEqual({ kind: 'incident', id: 'i1' });
  });

  it('fires through a place link of a person, or of a group with a member, with an HSB association', () => {
    const byPerson = checkInput({
      people: [ethan, chloe],
      associations: [hsb],
      places: [school],
      placeLinks: [samplePlaceLink('l1', B, 'pl1', 'p1', { kind: 'attends' })],
    });
    expect(harmfulSexualBehaviourAtPlace(byPerson)[0]!.reason).toContain('Ethan, linked to it');
    const byGroup = checkInput({
      people: [ethan, chloe],
      associations: [hsb],
      groups: [sampleGroup('g1', B, { name: 'Year 10' })],
      memberships: [sampleMembership('m1', B, 'g1', 'p2')],
      places: [school],
      placeLinks: [samplePlaceLink('l1', B, 'pl1', 'g1', { subjectKind: 'group' })],
    });
    expect(harmfulSexualBehaviourAtPlace(byGroup)[0]!.reason).toContain('Year 10, linked to it');
  });

  it('does not fire once an action is aimed at the place, for other harms, or for safe places', () => {
    const action = sampleAction('a1', B, { targetKind: 'place', targetId: 'pl1', status: 'done' });
    expect(
      harmfulSexualBehaviourAtPlace(
        checkInput({ places: [school], incidents: [hsbIncident], actions: [action] }),
      ),
    ).toEqual([]);
    const violence = { ...hsbIncident, harmKinds: ['violence' as const] };
    expect(
      harmfulSexualBehaviourAtPlace(checkInput({ places: [school], incidents: [violence] })),
    ).toEqual([]);
    const safe = checkInput({
      people: [ethan, chloe],
      associations: [hsb],
      places: [school],
      placeLinks: [samplePlaceLink('l1', B, 'pl1', 'p1', { kind: 'safe-place' })],
    });
    expect(harmfulSexualBehaviourAtPlace(safe)).toEqual([]);
  });

  it('still fires when the only action at the place was dropped', () => {
    const dropped = sampleAction('a1', B, {
      targetKind: 'place',
      targetId: 'pl1',
      status: 'dropped',
    });
    expect(
      harmfulSexualBehaviourAtPlace(
        checkInput({ places: [school], incidents: [hsbIncident], actions: [dropped] }),
      ),
    ).toHaveLength(1);
  });

  it('keeps its key when more incidents or links are recorded at the place', () => {
    const first = harmfulSexualBehaviourAtPlace(
      checkInput({ places: [school], incidents: [hsbIncident] }),
    );
    const more = harmfulSexualBehaviourAtPlace(
      checkInput({
        people: [ethan, chloe],
        associations: [hsb],
        places: [school],
        incidents: [hsbIncident, { ...hsbIncident, id: 'i2' }],
        placeLinks: [samplePlaceLink('l1', B, 'pl1', 'p1')],
      }),
    );
    expect(more[0]!.key).toBe(first[0]!.key);
  });
});
