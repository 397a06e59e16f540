import {
  associationColour,
  associationWidth,
  confidenceLine,
  groupRoleBorder,
  harmRing,
  personShape,
  REVIEW_MARK,
  REVIEW_OPACITY,
  riskFill,
  type RingStyle,
} from './encoding';
import {
  associationKinds,
  confidences,
  contextKeys,
  groupRoles,
  harmRoles,
  personKinds,
  riskLevels,
} from './vocabulary';
import { contextGlyphs, TIE_GLYPH } from './contextWeighting';

/** A small drawing of a node as the diagram draws it. */
export interface NodeSwatch {
  type: 'node';
  shape: (typeof personShape)[keyof typeof personShape];
  fill: string;
  border: { width: number; style: RingStyle };
  ring: { colour: string; width: number; style: RingStyle } | null;
}

/** A small drawing of an association line. */
export interface LineSwatch {
  type: 'line';
  colour: string;
  width: number;
  line: 'solid' | 'dashed' | 'dotted';
  arrow: boolean;
  /** The round mark protective associations carry in their middle. */
  midMark: boolean;
  opacity: number;
  /** A word drawn on the line (e.g. "review"). */
  mark: string | null;
}

/** The corner badge naming the context that must change first (contextBadge.ts). */
export interface BadgeSwatch {
  type: 'badge';
  glyph: string;
}

export interface LegendItem {
  key: string;
  label: string;
  swatch: NodeSwatch | LineSwatch | BadgeSwatch;
}

export interface LegendSection {
  title: string;
  items: LegendItem[];
}

const NEUTRAL = '#ffffff';
const plainBorder = groupRoleBorder['not-known'];
const node = (over: Partial<NodeSwatch>): NodeSwatch => ({
  type: 'node',
  shape: 'ellipse',
  fill: NEUTRAL,
  border: plainBorder,
  ring: null,
  ...over,
});
const line = (over: Partial<LineSwatch>): LineSwatch => ({
  type: 'line',
  colour: '#333333',
  width: associationWidth.harmful,
  line: 'solid',
  arrow: false,
  midMark: false,
  opacity: 1,
  mark: null,
  ...over,
});

/**
 * Everything the legend shows, derived from the same encoding the diagram's styles read. The
 * on-screen legend and exported images both draw from this one list.
 */
export function legendSections(): LegendSection[] {
  return [
    {
      title: 'People',
      items: personKinds.map((k) => ({
        key: k.key,
        label: k.label,
        swatch: node({ shape: personShape[k.key] }),
      })),
    },
    {
      title: 'Risk level (fill)',
      items: riskLevels.map((r) => ({
        key: r.key,
        label: r.label,
        swatch: node({ fill: riskFill[r.key] }),
      })),
    },
    {
      title: 'Harm role (ring)',
      items: harmRoles
        .filter((h) => harmRing[h.key].width > 0)
        .map((h) => ({ key: h.key, label: h.label, swatch: node({ ring: harmRing[h.key] }) })),
    },
    {
      title: 'Role in a group (outline)',
      items: groupRoles
        .filter((g) => g.key === 'leader' || g.key === 'peripheral')
        .map((g) => ({
          key: g.key,
          label: g.label,
          swatch: node({ border: groupRoleBorder[g.key] }),
        })),
    },
    {
      title: 'Change first (corner badge)',
      items: [
        ...contextKeys.map((c) => ({
          key: `context-${c.key}`,
          label: c.label,
          swatch: { type: 'badge' as const, glyph: contextGlyphs[c.key] },
        })),
        {
          key: 'context-tie',
          label: 'Two or more contexts weighted equal',
          swatch: { type: 'badge' as const, glyph: TIE_GLYPH },
        },
      ],
    },
    {
      title: 'Associations',
      items: associationKinds.map((k) => ({
        key: k.key,
        label: k.label,
        swatch: line({
          colour: associationColour[k.key],
          width: k.protective ? associationWidth.protective : associationWidth.harmful,
          midMark: k.protective,
        }),
      })),
    },
    {
      title: 'How sure',
      items: [
        ...confidences.map((c) => ({
          key: c.key,
          label: c.label,
          swatch: line({ line: confidenceLine[c.key] }),
        })),
        { key: 'directed', label: 'Directed (from → to)', swatch: line({ arrow: true }) },
        {
          key: 'review',
          label: 'Past its review date',
          swatch: line({ opacity: REVIEW_OPACITY, mark: REVIEW_MARK }),
        },
      ],
    },
  ];
}

export const LEGEND_NOTE =
  'Recorded associations are information with sources, not findings of fact.';
