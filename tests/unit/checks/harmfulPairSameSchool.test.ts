import { describe, expect, it } from 'vitest';
import { harmfulPairSameSchool } from '../../../src/domain/checks/harmfulPairSameSchool';
import { newAssociation } from '../../../src/domain/kinds/association';
import type { AssociationKind } from '../../../src/domain/vocabulary';
import { B, checkInput, person } from './checkInput';

const ethan = person('p1', 'Ethan', { school: 'Harrowfield Academy' });
const dylan = person('p2', 'Dylan', { school: ' harrowfield academy ' });
const link = (id: string, kind: AssociationKind, fromId = 'p1', toId = 'p2') =>
  newAssociation(id, B, { fromId, toId, kind });

describe('two young people with a harmful association at the same school', () => {
  it('fires once per pair, whatever the case or spacing of the school', () => {
    const findings = harmfulPairSameSchool(
      checkInput({
        people: [ethan, dylan],
        associations: [link('a1', 'bullying'), link('a2', 'hsb', 'p2', 'p1')],
      }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]!.title).toBe('Same school: Ethan and Dylan');
    expect(findings[0]!.reason).toContain('bullying and harmful sexual behaviour');
    expect(findings[0]!.reason).toContain('Harrowfield Academy');
  });

  it('does not fire for friendships, different or blank schools, or adults', () => {
    const none = (people = [ethan, dylan], kind: AssociationKind = 'violence') =>
      harmfulPairSameSchool(checkInput({ people, associations: [link('a1', kind)] }));
    expect(none([ethan, dylan], 'friendship')).toEqual([]);
    expect(none([ethan, { ...dylan, school: 'Millbeck Learning Centre' }])).toEqual([]);
    expect(
      none([
        { ...ethan, school: '' },
        { ...dylan, school: '  ' },
      ]),
    ).toEqual([]);
    expect(none([ethan, { ...dylan, kind: 'professional' }])).toEqual([]);
  });

  it('appears and disappears as a school is changed', () => {
    const at = (school: string) =>
      harmfulPairSameSchool(
        checkInput({
          people: [ethan, { ...dylan, school }],
          associations: [link('a1', 'violence')],
        }),
      );
    expect(at('Kestrel Vale School')).toEqual([]);
    expect(at('Harrowfield Academy')).toHaveLength(1);
  });

  it('keeps its key when the pair gains another association', () => {
    const key = (ids: string[]) =>
      harmfulPairSameSchool(
        checkInput({ people: [ethan, dylan], associations: ids.map((id) => link(id, 'violence')) }),
      )[0]!.key;
    expect(key(['a1', 'a2'])).toBe(key(['a1']));
  });
});
