import { placeLegend } from '../../domain/placeEncoding';
import type { Primitive } from '../../ui/drawing/primitives';
import { badgePrimitives, type PlaceLook } from './mapDrawing';

/** One row of the map legend: its swatch drawn in a MAP_SWATCH box at (0, 0), and its words. */
export interface MapLegendItem {
  key: string;
  label: string;
  swatch: Primitive[];
}

export interface MapLegendSection {
  title: string;
  items: MapLegendItem[];
}

/** The box each swatch is drawn in: room for a badge with its selection ring. */
export const MAP_SWATCH = { w: 40, h: 36 } as const;

const R = 11;
const plain: PlaceLook = {
  kind: 'other',
  risk: 'not-assessed',
  selected: false,
  linked: false,
  dimmed: false,
};
const badge = (look: Partial<PlaceLook>) =>
  badgePrimitives({ ...plain, ...look }, MAP_SWATCH.w / 2, MAP_SWATCH.h / 2, R);

/**
 * What the marks on the map mean, from placeEncoding.ts (the same definitions the map layers and the
 * export draw with, so they cannot disagree): the kind's letter and outline colour, the risk fill,
 * and the selected and linked rings.
 */
export function mapLegendSections(): MapLegendSection[] {
  const { kinds, risks } = placeLegend();
  return [
    {
      title: 'Kind of place (letter and outline)',
      items: kinds.map((k) => ({
        key: `kind-${k.key}`,
        label: k.label,
        swatch: badgePrimitives(
          { ...plain, kind: k.key },
          MAP_SWATCH.w / 2,
          MAP_SWATCH.h / 2,
          R,
          '#ffffff',
        ),
      })),
    },
    {
      title: 'Risk level (fill)',
      items: risks.map((r) => ({
        key: `risk-${r.key}`,
        label: r.key === 'not-assessed' ? `${r.label} (dashed outline)` : r.label,
        swatch: [
          {
            tag: 'rect',
            attrs: {
              x: 4,
              y: 7,
              width: MAP_SWATCH.w - 8,
              height: MAP_SWATCH.h - 14,
              rx: 3,
              fill: r.fill,
              stroke: '#1a1d21',
              'stroke-width': 2,
              ...(r.key === 'not-assessed' ? { 'stroke-dasharray': '5 3' } : {}),
            },
          },
        ],
      })),
    },
    {
      title: 'Highlights',
      items: [
        { key: 'selected', label: 'Selected', swatch: badge({ selected: true }) },
        { key: 'linked', label: 'Linked to the selection', swatch: badge({ linked: true }) },
        { key: 'dimmed', label: 'Not linked (faded)', swatch: badge({ dimmed: true }) },
      ],
    },
  ];
}
