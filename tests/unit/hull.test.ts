import { describe, expect, it } from 'vitest';
import {
  groupOutline,
  insideOutline,
  outlineLabelAt,
  outlinePath,
  separateLabels,
} from '../../src/domain/hull';

describe('groupOutline', () => {
  it('is null for a group with nobody on the diagram', () => {
    expect(groupOutline([], 40)).toBeNull();
  });

  it('surrounds every member with clearance, even a group of one', () => {
    const one = groupOutline([[100, 100]], 40)!;
    expect(insideOutline(one, [100, 100])).toBe(true);
    expect(insideOutline(one, [130, 100])).toBe(true);
    expect(insideOutline(one, [145, 100])).toBe(false);
  });

  it('lets two groups overlap round a person who is in both', () => {
    const left = groupOutline(
      [
        [0, 0],
        [200, 0],
      ],
      40,
    )!;
    const right = groupOutline(
      [
        [200, 0],
        [400, 0],
      ],
      40,
    )!;
    expect(insideOutline(left, [200, 0])).toBe(true);
    expect(insideOutline(right, [200, 0])).toBe(true);
    expect(insideOutline(left, [400, 0])).toBe(false);
  });

  it('puts the name above the outline and draws a closed path', () => {
    const o = groupOutline(
      [
        [0, 0],
        [100, 50],
      ],
      40,
    )!;
    const [x, y] = outlineLabelAt(o);
    expect(x).toBeCloseTo(50, 0);
    expect(y).toBeLessThan(-40);
    // A suggested group's name goes under the outline, clear of a recorded group's name above.
    const [bx, by] = outlineLabelAt(o, 'below');
    expect(bx).toBeCloseTo(50, 0);
    expect(by).toBeGreaterThan(50 + 40);
    expect(outlinePath(o)).toMatch(/^M[\d.,L-]+Z$/);
  });
});

describe('separateLabels', () => {
  it('moves a name that would sit on another a line away from its outline; apart ones stay', () => {
    const ys = separateLabels([
      { x: 100, y: 50, width: 120, side: 'above' },
      { x: 120, y: 55, width: 120, side: 'above' }, // overlaps the first: moves up till a line clear
      { x: 400, y: 50, width: 120, side: 'above' }, // far to the right: stays
      { x: 110, y: 300, width: 120, side: 'below' },
      { x: 100, y: 300, width: 120, side: 'below' }, // overlaps the one above it: moves down
    ]);
    expect(ys).toEqual([50, 11, 50, 300, 322]);
  });

  it('keeps a pile of identical names a line apart each', () => {
    const spot = { x: 0, y: 0, width: 100, side: 'below' } as const;
    expect(separateLabels([spot, spot, spot], 20)).toEqual([0, 20, 40]);
  });
});
