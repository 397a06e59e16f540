import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements } from '../../src/adapters/cytoscape/elements';
import { networkStylesheet } from '../../src/adapters/cytoscape/style';
import { associationColour, confidenceLine, personShape } from '../../src/domain/encoding';
import { newAssociation } from '../../src/domain/kinds/association';
import { newPerson } from '../../src/domain/kinds/person';
import { newPosition } from '../../src/domain/kinds/position';
import { buildNetworkModel } from '../../src/features/network/networkModel';
import { mergeInOrder } from '../../src/features/network/orderedSelection';
import { freeSpotNear } from '../../src/features/network/placement';

const B = 'board-1';
const ali = newPerson('p-ali', B, {
  displayName: 'Ali <b>Khan</b>',
  riskLevel: 'significant',
  kind: 'adult-of-concern',
});
const bea = newPerson('p-bea', B, { displayName: 'Bea' });
const cal = newPerson('p-cal', B, { displayName: 'Cal' });
const link = newAssociation('a-1', B, {
  fromId: 'p-ali',
  toId: 'p-bea',
  kind: 'exploitation',
  confidence: 'suspected',
});

describe('buildNetworkModel', () => {
  it('places people at their stored positions and unplaced people on a grid below', () => {
    const model = buildNetworkModel({
      memberships: [],
      people: [ali, bea, cal],
      associations: [link],
      positions: [newPosition(B, 'p-ali', 10, 20), newPosition(B, 'p-bea', 300, 400)],
    });
    expect(model.people.find((p) => p.id === 'p-ali')).toMatchObject({
      x: 10,
      y: 20,
      label: 'Ali <b>Khan</b>',
    });
    const calNode = model.people.find((p) => p.id === 'p-cal')!;
    expect(calNode.y).toBeGreaterThan(400);
    expect(model.associations).toEqual([
      {
        id: 'a-1',
        source: 'p-ali',
        target: 'p-bea',
        kind: 'exploitation',
        directed: true,
        confidence: 'suspected',
        reviewDue: false,
      },
    ]);
  });
});

describe('toElements against headless Cytoscape', () => {
  const model = buildNetworkModel({
    memberships: [],
    people: [ali, bea],
    associations: [link],
    positions: [newPosition(B, 'p-ali', 0, 0), newPosition(B, 'p-bea', 200, 0)],
  });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(model),
    style: networkStylesheet(),
  });

  it('draws a node per person and an edge per association, by id', () => {
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['p-ali', 'p-bea']);
    const edge = cy.getElementById('a-1');
    expect(edge.source().id()).toBe('p-ali');
    expect(edge.target().id()).toBe('p-bea');
  });

  it('keeps names as plain label text', () => {
    expect(cy.getElementById('p-ali').data('label')).toBe('Ali <b>Khan</b>');
  });

  it('styles from the shared encoding: shape by kind, colour by kind, line by confidence, arrow when directed', () => {
    const node = cy.getElementById('p-ali');
    expect(node.style('shape')).toBe(personShape['adult-of-concern']);
    const edge = cy.getElementById('a-1');
    expect(edge.style('line-style')).toBe(confidenceLine.suspected);
    expect(edge.style('target-arrow-shape')).toBe('triangle');
    const rgb = edge.style('line-color') as string;
    const hex = associationColour.exploitation;
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    expect(rgb.replace(/\s/g, '')).toBe(`rgb(${r},${g},${b})`);
  });
});

describe('far-zoom edges', () => {
  it('are drawn solid and straight, dashes and curves only where they can be seen', () => {
    const model = buildNetworkModel({
      memberships: [],
      people: [ali, bea],
      associations: [link],
      positions: [newPosition(B, 'p-ali', 0, 0), newPosition(B, 'p-bea', 200, 0)],
    });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(model, 'far'),
      style: networkStylesheet(),
    });
    const edge = cy.getElementById('a-1');
    expect(edge.style('line-style')).toBe('solid');
    expect(edge.style('curve-style')).toBe('haystack');
    edge.removeClass('far');
    expect(edge.style('line-style')).toBe(confidenceLine.suspected);
    expect(edge.style('curve-style')).toBe('bezier');
  });
});

describe('freeSpotNear', () => {
  it('returns the spot itself when free, and a clear spot when it is taken', () => {
    expect(freeSpotNear({ x: 0, y: 0 }, [])).toEqual({ x: 0, y: 0 });
    const taken = [{ x: 0, y: 0 }];
    const spot = freeSpotNear({ x: 0, y: 0 }, taken, 100);
    expect(Math.abs(spot.x) >= 80 || Math.abs(spot.y) >= 80).toBe(true);
  });
  it('never stacks repeated additions', () => {
    const placed: { x: number; y: number }[] = [];
    for (let i = 0; i < 20; i++) placed.push(freeSpotNear({ x: 50, y: 50 }, placed, 100));
    const keys = new Set(placed.map((p) => `${p.x},${p.y}`));
    expect(keys.size).toBe(20);
  });
});

describe('mergeInOrder', () => {
  it('keeps the order things were selected in', () => {
    expect(mergeInOrder(['b'], ['a', 'b'])).toEqual(['b', 'a']);
    expect(mergeInOrder(['b', 'a'], ['a'])).toEqual(['a']);
  });
});

describe('fitViewport', () => {
  it('centres and scales the nodes into the box, capped at the largest zoom', async () => {
    const { fitViewport } = await import('../../src/adapters/cytoscape/viewport');
    const v = fitViewport(
      [
        { x: 0, y: 0 },
        { x: 1000, y: 500 },
      ],
      800,
      600,
      { padding: 0, nodeRadius: 0 },
    );
    expect(v.zoom).toBeCloseTo(0.8);
    // The middle of the nodes lands in the middle of the box.
    expect(v.pan.x + v.zoom * 500).toBeCloseTo(400);
    expect(v.pan.y + v.zoom * 250).toBeCloseTo(300);
    expect(fitViewport([{ x: 5, y: 5 }], 800, 600).zoom).toBe(1.4);
    expect(fitViewport([], 800, 600)).toEqual({ zoom: 1, pan: { x: 0, y: 0 } });
  });
});

describe('buildNetworkModel reuse', () => {
  it('reuses nodes and edges of unchanged records and rebuilds a changed one', () => {
    const stamp = <T extends { updatedAt: string }>(r: T, t: string): T => ({ ...r, updatedAt: t });
    const people = [stamp(ali, '2026-01-01T00:00:00.000Z'), stamp(bea, '2026-01-01T00:00:00.000Z')];
    const positions = [newPosition(B, 'p-ali', 0, 0), newPosition(B, 'p-bea', 100, 0)];
    const associations = [stamp(link, '2026-01-01T00:00:00.000Z')];
    const first = buildNetworkModel({ people, associations, positions, memberships: [] });
    const renamed = {
      ...people[1]!,
      displayName: 'Beatrice',
      updatedAt: '2026-01-02T00:00:00.000Z',
    };
    const second = buildNetworkModel({
      memberships: [],
      people: [people[0]!, renamed],
      associations,
      positions,
    });
    expect(second.people[0]).toBe(first.people[0]);
    expect(second.associations[0]).toBe(first.associations[0]);
    expect(second.people[1]).not.toBe(first.people[1]);
    expect(second.people[1]?.label).toBe('Beatrice');
    // The element for an unchanged node is reused too, so the canvas diff skips it at once.
    expect(toElements(second)[0]).toBe(toElements(first)[0]);
  });
});
