import { describe, expect, it } from 'vitest';
import { LEGIBLE_ZOOM, legibleViewport } from '../../src/adapters/cytoscape/viewport';

/** Where a model point lands on screen under a view. */
const onScreen = (
  v: { zoom: number; pan: { x: number; y: number } },
  p: { x: number; y: number },
) => ({
  x: p.x * v.zoom + v.pan.x,
  y: p.y * v.zoom + v.pan.y,
});
const inBox = (p: { x: number; y: number }, w: number, h: number) =>
  p.x >= 0 && p.x <= w && p.y >= 0 && p.y <= h;

describe('legibleViewport: an agenda step or a focus, readable on a projector', () => {
  it('names are drawn at 14 CSS px or more at the legible zoom', () => {
    expect(17 * LEGIBLE_ZOOM).toBeCloseTo(14);
  });

  it('shows everyone in focus when their names can be read', () => {
    const item = [{ x: 0, y: 0 }];
    const shown = [...item, { x: 300, y: 0 }, { x: 0, y: 300 }];
    const v = legibleViewport(item, shown, 1200, 700);
    expect(v.fit).toBe('all');
    expect(v.zoom).toBeGreaterThanOrEqual(LEGIBLE_ZOOM);
    for (const p of shown) expect(inBox(onScreen(v, p), 1200, 700)).toBe(true);
  });

  it('keeps names readable on the item when its neighbours are spread far', () => {
    const item = [
      { x: 0, y: 0 },
      { x: 200, y: 0 },
    ];
    const shown = [...item, { x: -5000, y: 0 }, { x: 5000, y: 3000 }];
    const v = legibleViewport(item, shown, 1200, 700);
    expect(v.fit).toBe('item');
    expect(v.zoom).toBeCloseTo(LEGIBLE_ZOOM);
    for (const p of item) expect(inBox(onScreen(v, p), 1200, 700)).toBe(true);
  });

  it('fits an item too wide to read whole, cutting no one off, and says so', () => {
    const item = Array.from({ length: 40 }, (_, i) => ({ x: i * 150, y: (i % 4) * 150 }));
    const v = legibleViewport(item, item, 1200, 700);
    expect(v.fit).toBe('small');
    expect(v.zoom).toBeLessThan(LEGIBLE_ZOOM);
    for (const p of item) expect(inBox(onScreen(v, p), 1200, 700)).toBe(true);
  });
});
