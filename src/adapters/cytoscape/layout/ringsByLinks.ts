import type { Point } from './prepareInput';
import type { LayoutNode } from './types';

/** Each ring starts this far round from the last, so first places do not line up in a spoke. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Concentric rings by number of links: the most linked person (or people) in the middle, then one
 * ring for each smaller number of links, outwards. Within a ring people keep the order given (the
 * caller passes them clockwise as they are now). Rings are at least `gap` apart and large enough
 * for `along` between neighbours. Centred on (0, 0).
 */
export function ringsByLinks(
  nodes: readonly LayoutNode[],
  degree: ReadonlyMap<string, number>,
  { along = 120, gap = 110 } = {},
): Map<string, Point> {
  const levels = new Map<number, LayoutNode[]>();
  for (const n of nodes) {
    const d = degree.get(n.id) ?? 0;
    const level = levels.get(d);
    if (level) level.push(n);
    else levels.set(d, [n]);
  }
  const out = new Map<string, Point>();
  let radius = 0;
  [...levels.keys()]
    .sort((a, b) => b - a)
    .forEach((d, k) => {
      const members = levels.get(d)!;
      const needed = (members.length * along) / (2 * Math.PI);
      radius = k === 0 && members.length === 1 ? 0 : Math.max(radius + gap, needed);
      const start = -Math.PI / 2 + k * GOLDEN_ANGLE;
      members.forEach((n, i) => {
        const a = start + (i * 2 * Math.PI) / members.length;
        out.set(n.id, { x: radius * Math.cos(a), y: radius * Math.sin(a) });
      });
    });
  return out;
}
