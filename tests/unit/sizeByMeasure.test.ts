import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../src/adapters/cytoscape/layout/computeLayout';
import type { LayoutInput } from '../../src/adapters/cytoscape/layout/types';
import {
  MAX_RINGS,
  ringLevels,
  SIZE_RANGE,
  sizesFor,
} from '../../src/domain/analysis/sizeByMeasure';

const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('sizes from a measure', () => {
  it('draws the top person largest, nobody below the usual node, and 0 at the usual size', () => {
    const sizes = sizesFor(values({ top: 0.5, half: 0.125, none: 0 }));
    expect(sizes.get('top')).toBe(SIZE_RANGE.max);
    expect(sizes.get('none')).toBe(SIZE_RANGE.min);
    // Area grows with the value: a quarter of the top's value is half way along the range.
    expect(sizes.get('half')).toBe(Math.round((SIZE_RANGE.min + SIZE_RANGE.max) / 2));
  });

  it('keeps everyone at the usual size on a board where nobody scores', () => {
    const sizes = sizesFor(values({ a: 0, b: 0 }));
    expect([...sizes.values()]).toEqual([SIZE_RANGE.min, SIZE_RANGE.min]);
  });

  it('treats a value that is not a number as 0, and returns whole sizes in range', () => {
    const sizes = sizesFor(values({ a: Number.NaN, b: 3, c: 1, d: -2 }));
    expect(sizes.get('a')).toBe(SIZE_RANGE.min);
    expect(sizes.get('d')).toBe(SIZE_RANGE.min);
    for (const s of sizes.values()) {
      expect(Number.isInteger(s)).toBe(true);
      expect(s).toBeGreaterThanOrEqual(SIZE_RANGE.min);
      expect(s).toBeLessThanOrEqual(SIZE_RANGE.max);
    }
    expect(sizes.get('b')!).toBeGreaterThan(sizes.get('c')!);
  });

  it('is empty for an empty board', () => {
    expect(sizesFor(new Map()).size).toBe(0);
  });
});

describe('concentric levels from a measure', () => {
  it('keeps one ring per value when there are few values (links, core)', () => {
    expect(ringLevels(values({ a: 3, b: 3, c: 1, d: 0 }))).toEqual(
      values({ a: 3, b: 3, c: 1, d: 0 }),
    );
  });

  it('gives the top value the middle to itself, 0 the outside, and at most MAX_RINGS rings', () => {
    const many: Record<string, number> = { top: 1, zero: 0 };
    for (let i = 1; i < 40; i++) many[`p${i}`] = i / 41;
    const levels = ringLevels(values(many), MAX_RINGS);
    expect(levels.get('top')).toBe(MAX_RINGS - 1);
    expect(levels.get('zero')).toBe(0);
    const others = [...levels].filter(([id]) => id !== 'top').map(([, l]) => l);
    expect(Math.max(...others)).toBeLessThan(MAX_RINGS - 1);
    expect(new Set(levels.values()).size).toBeLessThanOrEqual(MAX_RINGS);
    // Higher values are never further out.
    expect(levels.get('p39')!).toBeGreaterThanOrEqual(levels.get('p2')!);
    expect(levels.get('p2')!).toBeGreaterThan(0);
  });
});

it('gives a small board fewer rings (about the square root of its people), a large one up to MAX_RINGS', () => {
  const spread = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`p${i}`, i / n]));
  expect(new Set(ringLevels(spread(16)).values()).size).toBe(4);
  expect(new Set(ringLevels(spread(5)).values()).size).toBe(3);
  expect(new Set(ringLevels(spread(3000)).values()).size).toBe(MAX_RINGS);
});

describe('the concentric layout by a measure', () => {
  // A chain a-b-c-d-e with a fan on a: by links `a` is the hub, by bridging `c` lies between most.
  const input = (vals: Record<string, number>): LayoutInput => ({
    nodes: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id, i) => ({
      id,
      x: i * 30,
      y: 0,
      pinned: false,
    })),
    edges: [
      { source: 'a', target: 'b' },
      { source: 'b', target: 'c' },
      { source: 'c', target: 'd' },
      { source: 'd', target: 'e' },
      { source: 'a', target: 'f' },
      { source: 'a', target: 'g' },
    ],
    values: vals,
  });
  const d = (p: { x: number; y: number }, q: { x: number; y: number }) =>
    Math.hypot(p.x - q.x, p.y - q.y);

  it('puts the person with the highest value in the middle, whoever has the most links', () => {
    const out = new Map(
      computeLayout(
        input({ a: 0.4, b: 0.5, c: 0.6, d: 0.3, e: 0, f: 0, g: 0 }),
        'concentric-bridging',
      ).map((p) => [p.id, p]),
    );
    const middle = out.get('c')!;
    const others = [...out.values()].filter((p) => p.id !== 'c');
    for (const p of others) expect(d(p, middle)).toBeGreaterThan(60);
    expect(d(out.get('e')!, middle)).toBeGreaterThan(d(out.get('b')!, middle));
  });

  it('counts a person with no value as 0 (outside ring)', () => {
    const out = new Map(computeLayout(input({ c: 1 }), 'concentric-core').map((p) => [p.id, p]));
    const middle = out.get('c')!;
    const r = [...out.values()].filter((p) => p.id !== 'c').map((p) => d(p, middle));
    expect(Math.max(...r) - Math.min(...r)).toBeLessThan(3);
  });

  it('works the measure out itself when not given (in the layout worker), saying so', () => {
    // Two triangles joined through m: m bridges them, though c and d have more links.
    const ids = ['a', 'b', 'c', 'm', 'd', 'e', 'f'];
    const pairs = [
      ['a', 'b'],
      ['b', 'c'],
      ['a', 'c'],
      ['c', 'm'],
      ['m', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['d', 'f'],
    ];
    const barbell: LayoutInput = {
      nodes: ids.map((id, i) => ({ id, x: i * 30, y: 0, pinned: false })),
      edges: pairs.map(([source, target]) => ({ source: source!, target: target! })),
    };
    const stages: string[] = [];
    const out = new Map(
      computeLayout(barbell, 'concentric-bridging', (s) => stages.push(s)).map((p) => [p.id, p]),
    );
    expect(stages).toEqual(['measuring', 'placing']);
    const middle = out.get('m')!;
    for (const id of ids.filter((i) => i !== 'm'))
      expect(d(out.get(id)!, middle)).toBeGreaterThan(60);
    // By links, c and d (3 each) would share the middle ring instead.
    const byLinks = new Map(computeLayout(barbell, 'concentric').map((p) => [p.id, p]));
    expect(d(byLinks.get('c')!, byLinks.get('m')!)).toBeGreaterThan(60);
  });
});
