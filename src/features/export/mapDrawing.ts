import {
  AREA_DASH,
  areaLook,
  DIMMED_OPACITY,
  LINKED_HALO,
  placeFill,
  placeKindStyle,
  placeGlyphInk,
  placeOutline,
  placeSelected,
} from '../../domain/placeEncoding';
import type { PlaceKind, RiskLevel } from '../../domain/vocabulary';
import type { Primitive } from '../../ui/drawing/primitives';

/** How one place is marked: its kind and risk, and whether it is selected, linked or faded. */
export interface PlaceLook {
  kind: PlaceKind;
  risk: RiskLevel;
  selected: boolean;
  linked: boolean;
  dimmed: boolean;
}

/** Radius of a point's badge on the map, in screen pixels (map.css draws it 34 pixels across). */
export const BADGE_R = 17;
const DIMMED = DIMMED_OPACITY;

const faded = (look: Pick<PlaceLook, 'dimmed'>, p: Primitive): Primitive =>
  look.dimmed ? { ...p, attrs: { ...p.attrs, opacity: DIMMED } } : p;

/**
 * A point place as the map draws it (map.css): a round badge filled with the risk colour, ringed
 * in the kind's colour, edged in dark, the kind's letter in the middle; a white gap and a coloured
 * ring when it is selected or linked to the selection. `r` scales it down for the legend, where a
 * kind is shown on a white `fill` so that it is not read as a risk.
 */
export function badgePrimitives(
  look: PlaceLook,
  cx: number,
  cy: number,
  r = BADGE_R,
  fill = placeFill(look.risk),
): Primitive[] {
  const k = r / BADGE_R;
  const { glyph, colour } = placeKindStyle[look.kind];
  const out: Primitive[] = [];
  const ring = look.selected ? placeSelected : look.linked ? LINKED_HALO : null;
  if (ring) {
    const width = (look.selected ? 4 : 5) * k;
    out.push(
      circle(cx, cy, r + 2 * k, 'none', '#ffffff', 4 * k),
      circle(cx, cy, r + 4 * k + width / 2, 'none', ring, width),
    );
  }
  out.push(
    circle(cx, cy, r - 2 * k, fill, colour, 4 * k),
    circle(cx, cy, r, 'none', placeOutline, 1.5 * k),
    {
      tag: 'text',
      attrs: {
        x: cx,
        y: cy + 5.5 * k,
        'text-anchor': 'middle',
        'font-size': round(16 * k),
        'font-weight': 700,
        fill: placeGlyphInk,
      },
      text: glyph,
    },
  );
  return out.map((p) => faded(look, p));
}

/**
 * An area place as the map draws it (placeLayer.ts areaStyle): outlined in the kind's colour (or the
 * selected / linked colour, thicker), filled with the risk colour thinly enough to see the map
 * under it, and dashed while its risk is not assessed.
 */
export function areaPrimitives(
  look: PlaceLook,
  rings: readonly (readonly { x: number; y: number }[])[],
): Primitive[] {
  const area = areaLook(look);
  const d = rings
    .filter((ring) => ring.length > 2)
    .map((ring) => `M${ring.map((p) => `${round(p.x)} ${round(p.y)}`).join('L')}Z`)
    .join('');
  if (!d) return [];
  return [
    {
      tag: 'path',
      attrs: {
        d,
        'fill-rule': 'evenodd',
        fill: area.fill,
        'fill-opacity': area.fillOpacity,
        stroke: area.stroke,
        'stroke-width': area.width,
        'stroke-linejoin': 'round',
        'stroke-opacity': area.opacity,
        ...(area.dashed ? { 'stroke-dasharray': AREA_DASH } : {}),
      },
    },
  ];
}

function circle(
  cx: number,
  cy: number,
  r: number,
  fill: string,
  stroke: string,
  width: number,
): Primitive {
  return {
    tag: 'circle',
    attrs: {
      cx: round(cx),
      cy: round(cy),
      r: round(r),
      fill,
      stroke,
      'stroke-width': round(width),
    },
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
