import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/adapters/cytoscape/elements';
import { networkStylesheet } from '../../src/adapters/cytoscape/style';
import { harmRing, REVIEW_MARK } from '../../src/domain/encoding';
import { newAnnotation } from '../../src/domain/kinds/annotation';
import { newAssociation } from '../../src/domain/kinds/association';
import { newGroup } from '../../src/domain/kinds/group';
import { newMembership } from '../../src/domain/kinds/membership';
import { newPerson } from '../../src/domain/kinds/person';
import { newPosition } from '../../src/domain/kinds/position';
import { buildNetworkModel } from '../../src/features/network/networkModel';

/**
 * The diagram's encoding, checked on a headless Cytoscape with the real stylesheet: what the room
 * sees for harm role, group role, pinned people, protective and overdue associations, and notes.
 */
const B = 'b';
const TODAY = '2026-11-21';
const ayo = newPerson('ayo', B, { displayName: 'Ayo Bello', harmRole: 'harmed' });
const bea = newPerson('bea', B, { displayName: 'Bea Cole', harmRole: 'harming' });
const cal = newPerson('cal', B, { displayName: 'Cal Dunn' });
const people = [ayo, bea, cal];
const positions = [
  newPosition(B, 'ayo', 0, 0),
  { ...newPosition(B, 'bea', 200, 0), pinned: true },
  newPosition(B, 'cal', 100, 150),
];
const group = newGroup('g', B, { name: 'Parade group with Ayo Bello', colour: '#1f6fb2' });
const memberships = [
  newMembership('m1', B, 'g', 'ayo', 'leader'),
  newMembership('m2', B, 'g', 'bea', 'peripheral'),
];
const associations = [
  newAssociation('protect', B, { fromId: 'cal', toId: 'ayo', kind: 'protective' }),
  newAssociation('overdue', B, {
    fromId: 'bea',
    toId: 'ayo',
    kind: 'exploitation',
    reviewDate: '2026-11-01',
  }),
  newAssociation('current', B, {
    fromId: 'bea',
    toId: 'cal',
    kind: 'friendship',
    reviewDate: '2026-12-01',
  }),
];
const note = newAnnotation(
  'n',
  B,
  'Ayo Bello seen at the parade',
  { x: 50, y: -60 },
  {
    kind: 'person',
    id: 'ayo',
  },
);
const content = {
  people,
  positions,
  associations,
  memberships,
  groups: [group],
  annotations: [note],
};

function draw(options: Parameters<typeof buildNetworkModel>[1] = {}) {
  const model = buildNetworkModel(content, { today: TODAY, ...options });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(model),
    style: networkStylesheet(),
    // Cytoscape's default initial layout puts every node at (0, 0); the app keeps stored positions.
    layout: { name: 'preset' },
  });
  return { model, cy };
}

describe('network encoding', () => {
  const { cy, model } = draw();
  const style = (id: string, p: string) => String(cy.getElementById(id).style(p));

  it('rings people by harm role, in colour and line style', () => {
    expect(style('ayo', 'outline-style')).toBe(harmRing.harmed.style);
    expect(style('bea', 'outline-style')).toBe(harmRing.harming.style);
    expect(parseFloat(style('cal', 'outline-width'))).toBe(0);
    expect(parseFloat(style('ayo', 'outline-width'))).toBeGreaterThan(0);
  });

  it('shows a member’s role in a group on their outline', () => {
    expect(style('ayo', 'border-style')).toBe('double');
    expect(style('bea', 'border-style')).toBe('dashed');
    expect(style('cal', 'border-style')).toBe('solid');
  });

  it('marks pinned people', () => {
    expect(cy.getElementById('bea').data('pinned')).toBe('yes');
    expect(parseFloat(style('bea', 'underlay-opacity'))).toBeGreaterThan(0);
    expect(parseFloat(style('ayo', 'underlay-opacity'))).toBe(0);
  });

  it('draws protective associations wider, with a mark in the middle', () => {
    expect(parseFloat(style('protect', 'width'))).toBeGreaterThan(
      parseFloat(style('current', 'width')),
    );
    expect(style('protect', 'mid-target-arrow-shape')).toBe('circle');
    expect(style('current', 'mid-target-arrow-shape')).toBe('none');
  });

  it('fades associations past their review date and marks them "review"', () => {
    expect(parseFloat(style('overdue', 'opacity'))).toBeLessThan(1);
    expect(cy.getElementById('overdue').data('mark')).toBe(REVIEW_MARK);
    expect(parseFloat(style('current', 'opacity'))).toBe(1);
    expect(cy.getElementById('current').data('mark')).toBe('');
  });

  it('puts a note beside the person it is pinned to, with its text', () => {
    expect(cy.getElementById('n').hasClass('note')).toBe(true);
    expect(cy.getElementById('n').position()).toEqual({ x: 50, y: -60 });
    expect(cy.getElementById('n').data('label')).toBe('Ayo Bello seen at the parade');
    expect(model.groups).toEqual([
      {
        id: 'g',
        name: 'Parade group with Ayo Bello',
        colour: '#1f6fb2',
        memberIds: ['ayo', 'bea'],
        contextGlyph: '',
      },
    ]);
  });

  it('under an initials policy, labels, notes and group names carry no full name', () => {
    const { cy: safe, model: m } = draw({
      policy: 'initials',
      mask: (t) => t.replaceAll('Ayo Bello', 'AB'),
    });
    expect(safe.getElementById('ayo').data('label')).toBe('AB');
    expect(safe.getElementById('bea').data('label')).toBe('BC');
    expect(safe.getElementById('n').data('label')).toBe('AB seen at the parade');
    expect(m.groups[0]!.name).toBe('Parade group with AB');
  });
});
