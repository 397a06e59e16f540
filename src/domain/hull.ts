import { polygonContains, polygonHull } from 'd3-polygon';

export type Point = [number, number];

/** Points around each member's centre: their convex hull is the outline padded by `padding`. */
const STEPS = 12;
const ring = Array.from({ length: STEPS }, (_, i) => {
  const a = (i / STEPS) * 2 * Math.PI;
  return [Math.cos(a), Math.sin(a)] as const;
});

/**
 * The outline drawn round a group: the convex hull of its members, kept `padding` clear of each
 * node. Hulls of different groups may overlap, so a person in two groups sits inside both.
 * Returns null for a group with no members on the diagram.
 */
export function groupOutline(centres: readonly Point[], padding: number): Point[] | null {
  if (centres.length === 0) return null;
  const pts: Point[] = [];
  for (const [x, y] of centres)
    for (const [c, s] of ring) pts.push([x + c * padding, y + s * padding]);
  return polygonHull(pts);
}

/** Whether a point lies inside an outline (for picking a group by clicking inside it). */
export const insideOutline = (outline: readonly Point[], p: Point): boolean =>
  polygonContains(outline as Point[], p);

/** Where a group's name is written: above the top of its outline (or under its bottom), centred. */
export function outlineLabelAt(
  outline: readonly Point[],
  side: 'above' | 'below' = 'above',
): Point {
  let minY = Infinity;
  let maxY = -Infinity;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const [x, y] of outline) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  }
  // Below sits the text's baseline a line's height under the outline (18 px bold text).
  return [(minX + maxX) / 2, side === 'above' ? minY - 8 : maxY + 24];
}

/** The outline as an SVG path (closed). */
export const outlinePath = (outline: readonly Point[]): string =>
  `M${outline.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;

/** Where a group's name would go, before names are kept apart. */
export interface LabelSpot {
  x: number;
  y: number;
  width: number;
  side: 'above' | 'below';
}

/**
 * The y of each name so that none is written over another: in order, a name that would overlap one
 * already placed moves a line further from its outline (up for names above, down for names below).
 * Earlier spots keep their place, so recorded groups go first and suggestions make way.
 */
export function separateLabels(spots: readonly LabelSpot[], lineHeight = 22): number[] {
  const placed: { x0: number; x1: number; y: number }[] = [];
  return spots.map((s) => {
    const x0 = s.x - s.width / 2;
    const x1 = s.x + s.width / 2;
    const step = s.side === 'above' ? -lineHeight : lineHeight;
    let y = s.y;
    const clash = () =>
      placed.some((p) => p.x0 < x1 && x0 < p.x1 && Math.abs(p.y - y) < lineHeight);
    // Bounded: a pile of identical outlines still ends, a line apart each.
    for (let i = 0; i < 100 && clash(); i++) y += step;
    placed.push({ x0, x1, y });
    return y;
  });
}
