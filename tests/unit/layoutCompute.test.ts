import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/adapters/cytoscape/layout/computeLayout';
import type {
  LayoutAlgorithm,
  LayoutInput,
  LayoutNode,
  LayoutPosition,
} from '../../src/adapters/cytoscape/layout/types';

/** A small peer network: a hub linked to everyone, a chain, and someone linked to nobody. */
function network(pinnedIds: readonly string[] = []): LayoutInput {
  const ids = ['hub', 'a', 'b', 'c', 'd', 'e', 'loner'];
  const nodes: LayoutNode[] = ids.map((id, i) => ({
    id,
    x: (i % 3) * 40,
    y: Math.floor(i / 3) * 40,
    pinned: pinnedIds.includes(id),
  }));
  const edges = [
    ...['a', 'b', 'c', 'd', 'e'].map((t) => ({ source: 'hub', target: t })),
    { source: 'a', target: 'b' },
    { source: 'b', target: 'c' },
    { source: 'b', target: 'c' }, // a second association between the same two people
  ];
  return { nodes, edges };
}

const algorithms: LayoutAlgorithm[] = ['fcose', 'concentric', 'grid', 'circle'];
const byId = (ps: LayoutPosition[]) => new Map(ps.map((p) => [p.id, p]));
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

function closestPair(points: readonly { x: number; y: number }[]): number {
  let best = Infinity;
  for (let i = 0; i < points.length; i++)
    for (let j = i + 1; j < points.length; j++)
      best = Math.min(best, distance(points[i]!, points[j]!));
  return best;
}

describe.each(algorithms)('the %s layout', (algorithm) => {
  it('places every unpinned person on whole numbers, apart from each other', () => {
    const input = network();
    const out = computeLayout(input, algorithm);
    expect(out.map((p) => p.id).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    for (const p of out) {
      expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
    }
    // People were piled within 80 units of each other; laid out, nobody sits on anyone else.
    expect(closestPair(out)).toBeGreaterThan(60);
  });

  it('leaves pinned people out of the result and keeps the others off them', () => {
    const input = network(['hub', 'loner']);
    const out = computeLayout(input, algorithm);
    expect(out.map((p) => p.id)).not.toContain('hub');
    expect(out.map((p) => p.id)).not.toContain('loner');
    expect(out).toHaveLength(5);
    const pins = input.nodes.filter((n) => n.pinned);
    for (const p of out) for (const pin of pins) expect(distance(p, pin)).toBeGreaterThan(40);
  });

  it('moves nobody when there is nobody, or when everyone is pinned', () => {
    expect(computeLayout({ nodes: [], edges: [] }, algorithm)).toEqual([]);
    expect(computeLayout(network(['hub', 'a', 'b', 'c', 'd', 'e', 'loner']), algorithm)).toEqual(
      [],
    );
  });
});

describe('the concentric layout', () => {
  it('puts the most linked in the middle and the least linked on the outside', () => {
    const out = byId(computeLayout(network(), 'concentric'));
    const middle = out.get('hub')!;
    const r = (id: string) => distance(out.get(id)!, middle);
    // hub: 5 links; b and c: 3 or more; a: 2; d and e: 1; loner: none.
    expect(r('b')).toBeGreaterThan(0);
    expect(r('a')).toBeGreaterThan(r('b'));
    expect(r('d')).toBeGreaterThan(r('a'));
    expect(Math.abs(r('e') - r('d'))).toBeLessThan(3);
    expect(r('loner')).toBeGreaterThan(r('d'));
  });
});

describe('the force-directed layout', () => {
  it('keeps linked people closer together than people with no link', () => {
    const out = byId(computeLayout(network(), 'fcose'));
    const hub = out.get('hub')!;
    const linked = ['a', 'b', 'c', 'd', 'e'].map((id) => distance(out.get(id)!, hub));
    expect(Math.max(...linked)).toBeLessThan(distance(out.get('loner')!, hub));
  });

  it('lays out people around a pinned person who stays exactly where they are', () => {
    const input = network();
    const pinned = { ...input.nodes[0]!, x: 5000, y: -3000, pinned: true };
    const out = computeLayout({ ...input, nodes: [pinned, ...input.nodes.slice(1)] }, 'fcose');
    expect(out.map((p) => p.id)).not.toContain('hub');
    // Those linked to the hub gather near where it is pinned, not where they were.
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      expect(distance(byId(out).get(id)!, pinned)).toBeLessThan(600);
    }
  });

  it('reports placing and then refining', () => {
    const stages: string[] = [];
    computeLayout(network(), 'fcose', (s) => stages.push(s));
    expect(stages).toEqual(['placing', 'refining']);
  });

  it('gives a large board a draft in which nobody sits on anyone else', () => {
    const n = 1100;
    const nodes: LayoutNode[] = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      x: (i % 40) * 10,
      y: Math.floor(i / 40) * 10,
      pinned: i === 0,
    }));
    const edges = Array.from({ length: 2 * n }, (_, i) => ({
      source: `p${i % n}`,
      target: `p${(i * 7 + 1) % n}`,
    }));
    const out = computeLayout({ nodes, edges }, 'fcose');
    expect(out).toHaveLength(n - 1);
    expect(closestPair(out)).toBeGreaterThan(40);
    for (const p of out) expect(distance(p, nodes[0]!)).toBeGreaterThan(40);
  });
});
