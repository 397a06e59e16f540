import type { StylesheetJsonBlock } from 'cytoscape';
import { CONTEXT_BADGE, contextBadgeSvg } from '../../domain/contextBadge';
import { contextGlyphs, TIE_GLYPH } from '../../domain/contextWeighting';

const glyphs = [...Object.values(contextGlyphs), TIE_GLYPH];

/**
 * The "change first" badge in a person's top-right corner, drawn as a background image. One rule
 * per letter, matched on element data: six images in all, which Cytoscape loads once and caches,
 * and nothing is mapped or restyled on people who have no weighting. `background-clip: none` lets
 * the disc cross the node's outline, as a badge does; `bounds-expansion` keeps the part outside
 * the node inside what Cytoscape redraws.
 */
export function contextBadgeStyles(): StylesheetJsonBlock[] {
  return glyphs.map((glyph) => ({
    selector: `node.person[contextGlyph = "${glyph}"]`,
    style: {
      'background-image': `data:image/svg+xml;utf8,${encodeURIComponent(contextBadgeSvg(glyph))}`,
      'background-width': CONTEXT_BADGE.size,
      'background-height': CONTEXT_BADGE.size,
      'background-position-x': '100%',
      'background-position-y': '0%',
      'background-clip': 'none',
      'background-fit': 'none',
      // Drawn after the border and the harm-role ring, so neither covers the letter.
      'background-image-containment': 'over',
      'background-offset-x': CONTEXT_BADGE.nudge,
      'background-offset-y': -CONTEXT_BADGE.nudge,
      'bounds-expansion': CONTEXT_BADGE.nudge + 1,
    },
  }));
}
