import { CONTEXT_BADGE } from '../../domain/contextBadge';
import type { Primitive } from './primitives';

/** The context badge (a letter in a dark disc) centred on (cx, cy), as the canvas draws it. */
export function badgePrimitives(glyph: string, cx: number, cy: number, size: number): Primitive[] {
  const scale = size / CONTEXT_BADGE.size;
  return [
    {
      tag: 'circle',
      attrs: {
        cx,
        cy,
        r: size / 2 - scale,
        fill: CONTEXT_BADGE.fill,
        stroke: CONTEXT_BADGE.ring,
        'stroke-width': 1.5 * scale,
      },
    },
    {
      tag: 'text',
      attrs: {
        x: cx,
        y: cy + CONTEXT_BADGE.fontSize * scale * 0.35,
        'text-anchor': 'middle',
        'font-size': CONTEXT_BADGE.fontSize * scale,
        'font-weight': 700,
        fill: CONTEXT_BADGE.text,
      },
      text: glyph,
    },
  ];
}
