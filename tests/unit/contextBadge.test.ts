import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/adapters/cytoscape/elements';
import { networkStylesheet } from '../../src/adapters/cytoscape/style';
import { legendSections } from '../../src/domain/legend';
import { newGroup } from '../../src/domain/kinds/group';
import { newMembership } from '../../src/domain/kinds/membership';
import { newPerson } from '../../src/domain/kinds/person';
import { newPosition } from '../../src/domain/kinds/position';
import { emptyContexts } from '../../src/domain/records/contexts';
import { diagramPrimitives } from '../../src/features/export/diagramSvg';
import { buildNetworkModel } from '../../src/features/network/networkModel';

const B = 'b';
const weighted = (w: Partial<Record<'home' | 'peer' | 'school' | 'online', number>>) => {
  const c = emptyContexts();
  for (const [k, v] of Object.entries(w)) c[k as 'home'].weight = v;
  return c;
};
const people = [
  newPerson('peer', B, { displayName: 'Ayo', contexts: weighted({ peer: 5, school: 2 }) }),
  newPerson('tie', B, { displayName: 'Bea', contexts: weighted({ home: 3, online: 3 }) }),
  newPerson('none', B, { displayName: 'Cal' }),
];
const content = {
  people,
  positions: people.map((p, i) => newPosition(B, p.id, i * 150, 0)),
  associations: [],
  memberships: [newMembership('m1', B, 'g', 'peer', 'leader')],
  groups: [
    newGroup('g', B, { name: 'Parade', colour: '#1f6fb2', contexts: weighted({ school: 4 }) }),
  ],
};

const model = buildNetworkModel(content, { today: '2026-01-01' });
const cy = cytoscape({
  headless: true,
  styleEnabled: true,
  elements: toElements(model),
  style: networkStylesheet(),
  layout: { name: 'preset' },
});
const badgeOf = (id: string) => {
  const image = String(cy.getElementById(id).style('background-image'));
  return image === 'none' ? null : decodeURIComponent(image);
};

describe('the "change first" badge', () => {
  it('is drawn on a person with the letter of their heaviest context', () => {
    expect(badgeOf('peer')).toMatch(/>P<\/text>/);
  });

  it('shows a tie as "=", and nothing on someone with no weighting', () => {
    expect(badgeOf('tie')).toMatch(/>=<\/text>/);
    expect(badgeOf('none')).toBeNull();
  });

  it('follows the group’s own weighting on its outline', () => {
    expect(model.groups[0]!.contextGlyph).toBe('S');
  });

  it('is in exported images, on the person and after the group’s name', () => {
    const { primitives } = diagramPrimitives(model, new Set());
    const texts = primitives.filter((p) => p.tag === 'text').map((p) => p.text);
    expect(texts).toContain('P');
    expect(texts).toContain('=');
    expect(texts).toContain('Parade [S]');
  });

  it('is explained in the legend, one letter per context and the tie', () => {
    const section = legendSections().find((s) => s.title.startsWith('Change first'))!;
    expect(section.items.map((i) => (i.swatch.type === 'badge' ? i.swatch.glyph : ''))).toEqual([
      'H',
      'P',
      'S',
      'N',
      'O',
      '=',
    ]);
  });
});
