import { describe, expect, it } from 'vitest';
import { ellipsize, personLabelShownAt } from '../../src/adapters/cytoscape/labelFit';

describe('personLabelShownAt', () => {
  it('shows names once the zoom, rounded up to a power of two, makes them 9px or more', () => {
    expect(personLabelShownAt(1, 1)).toBe(true);
    expect(personLabelShownAt(0.51, 1)).toBe(true);
    // 0.5 stays 0.5: 17px × 0.5 = 8.5px, under the 9px minimum.
    expect(personLabelShownAt(0.5, 1)).toBe(false);
    expect(personLabelShownAt(0.3, 1)).toBe(false);
  });

  it('counts the pixel ratio, as the canvas does', () => {
    expect(personLabelShownAt(0.3, 2)).toBe(true);
    expect(personLabelShownAt(0.2, 2)).toBe(false);
  });
});

describe('ellipsize', () => {
  const tenEach = (s: string) => s.length * 10;

  it('leaves a label that fits', () => {
    expect(ellipsize('Jordan', tenEach, 160)).toBe('Jordan');
  });

  it('cuts a long label where the next letter and the ellipsis would pass the width', () => {
    expect(ellipsize('abcdefghijklmnopqrstu', tenEach, 160)).toBe('abcdefghijklmno…');
    // Exactly the width is not "fits" for the canvas either.
    expect(ellipsize('abcdefghijklmnop', tenEach, 160)).toBe('abcdefghijklmno…');
  });
});
