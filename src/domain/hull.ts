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

/** Where a group's name is written: above the top of its outline, centred. */
export function outlineLabelAt(outline: readonly Point[]): Point {
  let minY = Infinity;
  let minX = Infinity;
  let maxX = -Infinity;
  for (const [x, y] of outline) {
    minY = Math.min(minY, y);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  }
  return [(minX + maxX) / 2, minY - 8];
}

/** The outline as an SVG path (closed). */
export const outlinePath = (outline: readonly Point[]): string =>
  `M${outline.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
