import { describe, expect, it } from 'vitest';
import { chooseFolded } from '../../src/ui/OverflowBar';

const items = [
  { key: 'add', fold: 0 },
  { key: 'rename', fold: 5 },
  { key: 'legend', fold: 3 },
  { key: 'filters', fold: 1 },
  { key: 'zoom', fold: 6 },
];
const widths = new Map([
  ['add', 100],
  ['rename', 80],
  ['legend', 70],
  ['filters', 90],
  ['zoom', 60],
]);
// All five with four gaps of 10: 400 + 40 = 440.

describe('chooseFolded: which toolbar controls move into More', () => {
  it('folds nothing when everything fits', () => {
    expect(chooseFolded(items, widths, 440, 10, 50)).toEqual(new Set());
  });

  it('folds the highest fold first, leaving room for the More button', () => {
    // Without zoom: 340 + 30 = 370, plus gap and More (60) = 430.
    expect(chooseFolded(items, widths, 435, 10, 50)).toEqual(new Set(['zoom']));
    expect(chooseFolded(items, widths, 420, 10, 50)).toEqual(new Set(['zoom', 'rename']));
  });

  it('never folds a control marked 0, even when it does not fit', () => {
    const folded = chooseFolded(items, widths, 50, 10, 50);
    expect(folded.has('add')).toBe(false);
    expect(folded.size).toBe(4);
  });

  it('folds later controls first among equals', () => {
    const same = [
      { key: 'a', fold: 2 },
      { key: 'b', fold: 2 },
    ];
    const w = new Map([
      ['a', 100],
      ['b', 100],
    ]);
    expect(chooseFolded(same, w, 180, 0, 50)).toEqual(new Set(['b']));
  });
});
