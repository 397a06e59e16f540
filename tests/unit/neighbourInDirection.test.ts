import { describe, expect, it } from 'vitest';
import { neighbourInDirection } from '../../src/features/network/neighbourInDirection';

const here = { x: 0, y: 0 };
const around = [
  { id: 'right-near', x: 100, y: 20 },
  { id: 'right-far', x: 300, y: 0 },
  { id: 'up', x: 10, y: -150 },
  { id: 'down-left', x: -100, y: 100 },
];

describe('neighbourInDirection', () => {
  it('picks the nearest linked person within 60° of the arrow', () => {
    expect(neighbourInDirection(here, around, 'right')).toBe('right-near');
    expect(neighbourInDirection(here, around, 'up')).toBe('up');
  });
  it('ignores people outside the cone (45° off is inside, 60° and more is not)', () => {
    expect(neighbourInDirection(here, around, 'down')).toBe('down-left');
    expect(neighbourInDirection(here, [{ id: 'steep', x: 50, y: -100 }], 'right')).toBeNull();
  });
  it('returns null when nobody lies that way or there are no neighbours', () => {
    expect(neighbourInDirection(here, around, 'left')).toBe('down-left');
    expect(neighbourInDirection(here, [{ id: 'r', x: 50, y: 0 }], 'left')).toBeNull();
    expect(neighbourInDirection(here, [], 'up')).toBeNull();
  });
});
