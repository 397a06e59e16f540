import { describe, expect, it } from 'vitest';
import { boxAround, placeNear, type Box } from '../../src/features/network/placement';

const view: Box = { x1: 0, y1: 0, x2: 1000, y2: 600 };
const within = (p: { x: number; y: number }, b: Box) =>
  p.x >= b.x1 && p.x <= b.x2 && p.y >= b.y1 && p.y <= b.y2;

describe('placeNear: where a person without a position goes', () => {
  it('goes mid-view with nothing selected', () => {
    expect(placeNear(view, null, [])).toEqual({ x: 500, y: 300 });
  });

  it('goes to the right of the selection, clear of it', () => {
    const selection = boxAround([{ x: 200, y: 300 }])!;
    const p = placeNear(view, selection, [{ x: 200, y: 300 }]);
    expect(p.y).toBe(300);
    expect(p.x).toBeGreaterThan(290);
    expect(p.x).toBeLessThan(400);
  });

  it('stays on screen when the selection is at the edge of the view, or off it', () => {
    for (const at of [
      { x: 990, y: 590 },
      { x: 5000, y: -3000 },
      { x: -800, y: 300 },
    ]) {
      const p = placeNear(view, boxAround([at]), [at]);
      // With room for the node and its name below it.
      expect(within(p, { x1: 40, y1: 40, x2: 960, y2: 540 })).toBe(true);
    }
  });

  it('never stacks repeated additions, and keeps every one in view', () => {
    const placed: { x: number; y: number }[] = [{ x: 900, y: 300 }];
    const selection = boxAround([{ x: 900, y: 300 }]);
    for (let i = 0; i < 25; i++) placed.push(placeNear(view, selection, placed));
    expect(new Set(placed.map((p) => `${p.x},${p.y}`)).size).toBe(26);
    for (const p of placed) expect(within(p, view)).toBe(true);
  });

  it('puts someone in view even when the view is full', () => {
    const crowd = [];
    for (let x = 0; x <= 1000; x += 50) for (let y = 0; y <= 600; y += 50) crowd.push({ x, y });
    expect(within(placeNear(view, null, crowd), view)).toBe(true);
  });

  it('uses the middle of a view too small for the margin', () => {
    expect(placeNear({ x1: 0, y1: 0, x2: 60, y2: 40 }, null, [])).toEqual({ x: 30, y: 20 });
  });
});
