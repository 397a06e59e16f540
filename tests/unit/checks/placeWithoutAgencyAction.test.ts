import { describe, expect, it } from 'vitest';
import {
  placeWithoutAgencyAction,
  responsibleAgencies,
} from '../../../src/domain/checks/placeWithoutAgencyAction';
import { sampleAction, samplePlace } from '../sampleRecords';
import { B, checkInput } from './checkInput';

const park = samplePlace('pl1', B, { name: 'Kestrel Park', kind: 'park', agencies: [] });
const parkAction = (over = {}) =>
  sampleAction('a1', B, {
    targetKind: 'place',
    targetId: 'pl1',
    agency: 'safer neighbourhood team (north)',
    status: 'in-progress',
    ...over,
  });

describe('a place with identified risk but no action for a responsible agency', () => {
  it('fires for a risky place with no action, naming the agencies expected by its kind', () => {
    const [f] = placeWithoutAgencyAction(checkInput({ places: [park] }));
    expect(f!.title).toBe('No partner action for Kestrel Park');
    expect(f!.reason).toContain('The risk at Kestrel Park is moderate');
    expect(f!.reason).toContain('Park wardens');
    expect(f!.records).toEqual([{ kind: 'place', id: 'pl1' }]);
  });

  it('is satisfied by an open action from a matching agency, matched forgivingly', () => {
    expect(
      placeWithoutAgencyAction(checkInput({ places: [park], actions: [parkAction()] })),
    ).toEqual([]);
    const snt = samplePlace('pl1', B, { agencies: ['Safer Neighbourhood Team'] });
    const byShortName = parkAction({ agency: '  SAFER neighbourhood  ' });
    expect(placeWithoutAgencyAction(checkInput({ places: [snt], actions: [byShortName] }))).toEqual(
      [],
    );
  });

  it('is satisfied by a joint action that names a responsible agency as a partner', () => {
    const joint = parkAction({ agency: 'Housing', partners: ['Youth service', 'Police'] });
    expect(placeWithoutAgencyAction(checkInput({ places: [park], actions: [joint] }))).toEqual([]);
    const noPartner = parkAction({ agency: 'Housing', partners: ['Youth service'] });
    expect(
      placeWithoutAgencyAction(checkInput({ places: [park], actions: [noPartner] })),
    ).toHaveLength(1);
  });

  it('still fires when the only action is done, dropped, from the wrong agency or aimed elsewhere', () => {
    for (const action of [
      parkAction({ status: 'done' }),
      parkAction({ status: 'dropped' }),
      parkAction({ agency: 'Housing' }),
      parkAction({ targetId: 'pl2' }),
      parkAction({ targetKind: 'board', targetId: B }),
    ])
      expect(
        placeWithoutAgencyAction(checkInput({ places: [park], actions: [action] })),
      ).toHaveLength(1);
  });

  it('uses the place’s own responsible agencies before the ones its kind suggests', () => {
    const estate = samplePlace('pl1', B, { kind: 'estate', agencies: ['Police'] });
    expect(responsibleAgencies(estate)).toEqual(['Police']);
    const housing = parkAction({ agency: 'Housing' });
    expect(
      placeWithoutAgencyAction(checkInput({ places: [estate], actions: [housing] })),
    ).toHaveLength(1);
    const bare = samplePlace('pl2', B, { kind: 'estate', agencies: [' '] });
    expect(responsibleAgencies(bare)).toEqual(['Housing']);
    const school = samplePlace('pl3', B, {
      kind: 'school',
      name: 'Harrowfield Academy',
      agencies: [],
    });
    expect(responsibleAgencies(school)).toContain('Harrowfield Academy');
  });

  it('does not fire for places with no identified risk', () => {
    const places = [
      samplePlace('pl1', B, { riskLevel: 'none' }),
      samplePlace('pl2', B, { riskLevel: 'not-assessed' }),
    ];
    expect(placeWithoutAgencyAction(checkInput({ places }))).toEqual([]);
  });

  it('keeps one key per place whatever else changes', () => {
    const a = placeWithoutAgencyAction(checkInput({ places: [park] }))[0]!.key;
    const renamed = { ...park, name: 'Kestrel Rec', riskLevel: 'significant' as const };
    const b = placeWithoutAgencyAction(
      checkInput({ places: [samplePlace('pl9', B, { riskLevel: 'none' }), renamed] }),
    )[0]!.key;
    expect(b).toBe(a);
  });
});
