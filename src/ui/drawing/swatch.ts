import type { LegendItem } from '../../domain/legend';
import { badgePrimitives } from './badge';
import { linePrimitives, nodePrimitives, type Primitive } from './primitives';

/** Size of one legend swatch, in its own units. */
export const SWATCH = {
  node: { w: 30, h: 30 },
  line: { w: 48, h: 20 },
  badge: { w: 30, h: 30 },
} as const;

/** The drawing for one legend item, placed at (x, y) top-left. */
export function swatchPrimitives(item: LegendItem, x = 0, y = 0): Primitive[] {
  const s = item.swatch;
  if (s.type === 'node') return nodePrimitives(s, x + 15, y + 15, 8);
  if (s.type === 'badge') return badgePrimitives(s.glyph, x + 15, y + 15, 20);
  return linePrimitives(s, x + 3, y + 13, x + 45, y + 13);
}
