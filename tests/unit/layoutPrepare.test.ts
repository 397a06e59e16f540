import { describe, expect, it } from 'vitest';
import {
  alignToPinned,
  BESIDE_GAP,
  clockOrder,
  placeBesidePinned,
  readingOrder,
} from '../../src/adapters/cytoscape/layout/arrangement';
import { prepareInput, toPositions } from '../../src/adapters/cytoscape/layout/prepareInput';
import { ringsByLinks } from '../../src/adapters/cytoscape/layout/ringsByLinks';
import { spreadOut } from '../../src/adapters/cytoscape/layout/spreadOut';
import type { LayoutNode } from '../../src/adapters/cytoscape/layout/types';
import { layoutInputOf } from '../../src/features/network/layout/layoutInput';
import { newPerson } from '../../src/domain/kinds/person';
import { newPosition } from '../../src/domain/kinds/position';
import { newAssociation } from '../../src/domain/kinds/association';

const node = (id: string, x = 0, y = 0, pinned = false): LayoutNode => ({ id, x, y, pinned });

describe('preparing a layout input', () => {
  it('splits pinned from free people and drops duplicates, self-links and dangling links', () => {
    const p = prepareInput({
      nodes: [node('a', 0, 0, true), node('b', 10, 0), node('b', 99, 99), node('c', Infinity, NaN)],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'b', target: 'a' },
        { source: 'b', target: 'b' },
        { source: 'b', target: 'gone' },
        { source: 'b', target: 'c' },
      ],
    });
    expect(p.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(p.nodes[1]).toEqual(node('b', 10, 0));
    expect(p.nodes[2]).toEqual(node('c', 0, 0));
    expect(p.pinned.map((n) => n.id)).toEqual(['a']);
    expect(p.free.map((n) => n.id)).toEqual(['b', 'c']);
    // One edge per pair for the layout; every association counts towards the number of links.
    expect(p.edges).toEqual([
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
    ]);
    expect(Object.fromEntries(p.degree)).toEqual({ a: 2, b: 3, c: 1 });
  });

  it('hands back the free people only, rounded, keeping anyone left unplaced where they were', () => {
    const free = [node('a', 5, 6), node('b', 7, 8), node('c', 1, 2)];
    const placed = new Map([
      ['a', { x: 10.4, y: -3.6 }],
      ['b', { x: NaN, y: 4 }],
      ['pinned', { x: 1, y: 1 }],
    ]);
    expect(toPositions(free, placed)).toEqual([
      { id: 'a', x: 10, y: -4 },
      { id: 'b', x: 7, y: 8 },
      { id: 'c', x: 1, y: 2 },
    ]);
  });
});

describe('placing a layout beside the pinned people', () => {
  const placed = new Map([
    ['a', { x: 0, y: 0 }],
    ['b', { x: 100, y: 50 }],
  ]);

  it('with nobody pinned, centres it where the free people were', () => {
    const out = placeBesidePinned(placed, [node('a', 1000, 1000), node('b', 1200, 1100)], []);
    expect(out.get('a')).toEqual({ x: 1050, y: 1025 });
    expect(out.get('b')).toEqual({ x: 1150, y: 1075 });
  });

  it('with people pinned, puts it clear to their right, level with them', () => {
    const pinned = [node('p', -500, 0, true), node('q', 300, 400, true)];
    const out = placeBesidePinned(placed, [node('a'), node('b')], pinned);
    expect(out.get('a')).toEqual({ x: 300 + BESIDE_GAP, y: 175 });
    expect(out.get('b')).toEqual({ x: 400 + BESIDE_GAP, y: 225 });
  });

  it('shifts a draft so the pinned people are where they really are', () => {
    const draft = new Map([
      ['p', { x: 0, y: 0 }],
      ['a', { x: 10, y: 20 }],
    ]);
    const out = alignToPinned(draft, [node('p', 500, 600, true)]);
    expect(out.get('p')).toEqual({ x: 500, y: 600 });
    expect(out.get('a')).toEqual({ x: 510, y: 620 });
  });
});

describe('orders that keep the picture familiar', () => {
  it('reads left to right, then top to bottom', () => {
    const nodes = [node('c', 0, 200), node('b', 300, 10), node('a', 0, 0), node('d', 150, 190)];
    expect(readingOrder(nodes).map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('goes clockwise from twelve o’clock', () => {
    const nodes = [node('left', -1, 0), node('down', 0, 1), node('up', 0, -1), node('right', 1, 0)];
    expect(clockOrder(nodes).map((n) => n.id)).toEqual(['up', 'right', 'down', 'left']);
  });
});

describe('rings by number of links', () => {
  it('puts the most linked in the middle and fewer links further out', () => {
    const degree = new Map([
      ['hub', 5],
      ['a', 3],
      ['b', 3],
      ['c', 1],
      ['d', 0],
    ]);
    const out = ringsByLinks(
      ['d', 'c', 'b', 'a', 'hub'].map((id) => node(id)),
      degree,
    );
    const r = (id: string) => Math.hypot(out.get(id)!.x, out.get(id)!.y);
    expect(r('hub')).toBe(0);
    expect(r('a')).toBeCloseTo(r('b'));
    expect(r('a')).toBeGreaterThan(0);
    expect(r('c')).toBeGreaterThan(r('a'));
    expect(r('d')).toBeGreaterThan(r('c'));
  });

  it('makes a crowded ring big enough for its people', () => {
    const nodes = Array.from({ length: 60 }, (_, i) => node(`n${i}`));
    const out = ringsByLinks(nodes, new Map(), { along: 150, gap: 120 });
    const ps = [...out.values()];
    const closest = Math.min(
      ...ps.flatMap((p, i) => ps.slice(i + 1).map((q) => Math.hypot(p.x - q.x, p.y - q.y))),
    );
    expect(closest).toBeGreaterThan(140);
  });
});

describe('spreading out a draft of a large board', () => {
  it('parts people piled on one spot and never moves the fixed ones', () => {
    const placed = new Map<string, { x: number; y: number }>();
    for (let i = 0; i < 200; i++) placed.set(`n${i}`, { x: (i % 3) * 2, y: 0 });
    placed.set('pin', { x: 0, y: 0 });
    const out = spreadOut(placed, new Set(['pin']), { minDistance: 80, passes: 60 });
    expect(out.get('pin')).toEqual({ x: 0, y: 0 });
    const ps = [...out.values()];
    let tooClose = 0;
    for (let i = 0; i < ps.length; i++)
      for (let j = i + 1; j < ps.length; j++)
        if (Math.hypot(ps[i]!.x - ps[j]!.x, ps[i]!.y - ps[j]!.y) < 40) tooClose++;
    expect(tooClose).toBe(0);
  });
});

describe('a board as layout input', () => {
  it('uses stored positions and pins, and starts unplaced people among the others', () => {
    const people = ['a', 'b', 'c'].map((id) => newPerson(id, 'b1', { displayName: id }));
    const pinned = { ...newPosition('b1', 'a', 0, 0), pinned: true };
    const positions = [pinned, newPosition('b1', 'b', 100, 200)];
    const associations = [
      newAssociation('x', 'b1', { fromId: 'a', toId: 'c', kind: 'friendship' }),
    ];
    expect(layoutInputOf({ people, associations, positions })).toEqual({
      nodes: [
        { id: 'a', x: 0, y: 0, pinned: true },
        { id: 'b', x: 100, y: 200, pinned: false },
        { id: 'c', x: 50, y: 100, pinned: false },
      ],
      edges: [{ source: 'a', target: 'c' }],
    });
  });
});
