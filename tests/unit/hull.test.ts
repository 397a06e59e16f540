import { describe, expect, it } from 'vitest';
import { groupOutline, insideOutline, outlineLabelAt, outlinePath } from '../../src/domain/hull';

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
    expect(outlinePath(o)).toMatch(/^M[\d.,L-]+Z$/);
  });
});
