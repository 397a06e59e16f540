import { OUTLINE } from './encoding';

/**
 * The round badge in a node's top-right corner naming the context that must change first
 * (contextWeighting.ts). One definition for the canvas, the legend and exported images.
 */
export const CONTEXT_BADGE = {
  /** Diameter in model units, against a 44-unit node. */
  size: 18,
  fill: OUTLINE,
  ring: '#ffffff',
  text: '#ffffff',
  fontSize: 12,
  /** How far it sits out from the corner of the node's box, so it reads as a badge. */
  nudge: 4,
} as const;

/**
 * Where the badge's centre sits from the node's centre (right, and up), for a node of radius `r`:
 * at the corner of the node's box, so it crosses the outline of every shape and hides little fill.
 */
export function badgeOffset(r: number): number {
  return r - CONTEXT_BADGE.size / 2 + CONTEXT_BADGE.nudge;
}

/**
 * The badge as a standalone SVG image for the canvas to draw. The glyph is one of a fixed set of
 * letters, never user text; it is escaped all the same.
 */
export function contextBadgeSvg(glyph: string): string {
  const s = CONTEXT_BADGE.size;
  const letter = glyph.replace(/[^A-Z=]/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">` +
    `<circle cx="${s / 2}" cy="${s / 2}" r="${s / 2 - 1}" fill="${CONTEXT_BADGE.fill}" ` +
    `stroke="${CONTEXT_BADGE.ring}" stroke-width="1.5"/>` +
    `<text x="${s / 2}" y="${s / 2}" dy="0.35em" text-anchor="middle" font-family="sans-serif" ` +
    `font-weight="700" font-size="${CONTEXT_BADGE.fontSize}" fill="${CONTEXT_BADGE.text}">${letter}</text></svg>`
  );
}
