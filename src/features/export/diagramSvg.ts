import type { AssociationEdge, NetworkModel, PersonNode } from '../../adapters/cytoscape/elements';
import { noteSize } from '../../adapters/cytoscape/elements';
import {
  associationColour,
  associationWidth,
  confidenceLine,
  groupRoleBorder,
  harmRing,
  isProtective,
  NOTE_BORDER,
  NOTE_FILL,
  personShape,
  REVIEW_MARK,
  REVIEW_OPACITY,
  riskFill,
} from '../../domain/encoding';
import { groupOutline, outlineLabelAt, outlinePath, type Point } from '../../domain/hull';
import {
  linePrimitives,
  nodePrimitives,
  shapeReach,
  type Primitive,
} from '../../ui/drawing/primitives';
import { clip, textWidth, wrapText } from './textLayout';
import { badgeOffset, CONTEXT_BADGE } from '../../domain/contextBadge';
import { badgePrimitives } from '../../ui/drawing/badge';

// The sizes the canvas uses (adapters/cytoscape/style.ts and hulls.ts), so the export reads the same.
const NODE_R = 22;
const LABEL_SIZE = 17;
const LABEL_GAP = 6;
/** The canvas cuts labels at 160px; at 17px semibold that is about 17 characters. */
const LABEL_CHARS = 17;
const HULL_PADDING = 42;
const HULL_LABEL_SIZE = 18;
const NOTE_TEXT = 15;
const NOTE_LINE = 19;
const NOTE_CHARS = 28;
/** Parallel associations between the same two people are drawn this far apart. */
const PARALLEL_GAP = 12;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Beyond the shape itself: half its outline, and the harm-role ring with its gap. */
function outside(p: PersonNode): number {
  const ring = harmRing[p.harmRole];
  return groupRoleBorder[p.groupRole].width / 2 + (ring.width > 0 ? 2 + ring.width : 0);
}

function grow(b: Bounds, x1: number, y1: number, x2 = x1, y2 = y1): void {
  b.minX = Math.min(b.minX, x1);
  b.minY = Math.min(b.minY, y1);
  b.maxX = Math.max(b.maxX, x2);
  b.maxY = Math.max(b.maxY, y2);
}

/** White halo behind text drawn over lines and fills, as the canvas's text outline. */
const halo = (width: number) => ({
  stroke: '#ffffff',
  'stroke-width': width,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
});

function hulls(model: NetworkModel, at: Map<string, PersonNode>, b: Bounds): Primitive[] {
  const out: Primitive[] = [];
  for (const g of model.groups) {
    const centres: Point[] = g.memberIds.flatMap((id) => {
      const p = at.get(id);
      return p ? [[p.x, p.y] as Point] : [];
    });
    const outline = groupOutline(centres, HULL_PADDING);
    if (!outline) continue;
    out.push({
      tag: 'path',
      attrs: {
        d: outlinePath(outline),
        fill: g.colour,
        'fill-opacity': 0.1,
        stroke: g.colour,
        'stroke-width': 3,
        'stroke-linejoin': 'round',
      },
    });
    const [lx, ly] = outlineLabelAt(outline);
    // The "change first" letter follows the name, as on the canvas (hulls.ts).
    const name = g.contextGlyph ? `${g.name} [${g.contextGlyph}]` : g.name;
    out.push({
      tag: 'text',
      attrs: {
        x: lx,
        y: ly,
        'text-anchor': 'middle',
        'font-size': HULL_LABEL_SIZE,
        'font-weight': 700,
        fill: g.colour,
        ...halo(4),
      },
      text: name,
    });
    for (const [x, y] of outline) grow(b, x, y);
    const half = textWidth(name, HULL_LABEL_SIZE, true) / 2;
    grow(b, lx - half, ly - HULL_LABEL_SIZE, lx + half, ly);
  }
  return out;
}

function associations(list: readonly AssociationEdge[], at: Map<string, PersonNode>): Primitive[] {
  const pairs = new Map<string, AssociationEdge[]>();
  for (const a of list) {
    const key = [a.source, a.target].sort().join('|');
    const same = pairs.get(key);
    if (same) same.push(a);
    else pairs.set(key, [a]);
  }
  const out: Primitive[] = [];
  for (const same of pairs.values()) {
    same.forEach((a, i) => {
      const from = at.get(a.source);
      const to = at.get(a.target);
      if (!from || !to || from === to) return;
      const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      const ux = (to.x - from.x) / len;
      const uy = (to.y - from.y) / len;
      // Offsets are measured in one fixed direction of the pair, so A→B and B→A do not coincide.
      const sign = a.source < a.target ? 1 : -1;
      const off = (i - (same.length - 1) / 2) * PARALLEL_GAP * sign;
      const ox = -uy * off;
      const oy = ux * off;
      const start = NODE_R * shapeReach(personShape[from.kind], ux, uy) + outside(from);
      const end = NODE_R * shapeReach(personShape[to.kind], -ux, -uy) + outside(to);
      if (start + end >= len) return;
      const protective = isProtective(a.kind);
      const width = protective ? associationWidth.protective : associationWidth.harmful;
      const drawn = linePrimitives(
        {
          colour: associationColour[a.kind],
          width,
          line: confidenceLine[a.confidence],
          arrow: a.directed,
          midMark: protective,
          opacity: a.reviewDue ? REVIEW_OPACITY : 1,
          mark: a.reviewDue ? REVIEW_MARK : null,
        },
        from.x + ux * start + ox,
        from.y + uy * start + oy,
        to.x - ux * end + ox,
        to.y - uy * end + oy,
        10 + width * 1.5,
      );
      for (const p of drawn)
        out.push(p.tag === 'text' ? { ...p, attrs: { ...p.attrs, ...halo(4) } } : p);
    });
  }
  return out;
}

function people(
  list: readonly PersonNode[],
  b: Bounds,
): { shapes: Primitive[]; labels: Primitive[] } {
  const shapes: Primitive[] = [];
  const labels: Primitive[] = [];
  for (const p of list) {
    shapes.push(
      ...nodePrimitives(
        {
          shape: personShape[p.kind],
          fill: riskFill[p.risk],
          border: groupRoleBorder[p.groupRole],
          ring: harmRing[p.harmRole],
        },
        p.x,
        p.y,
        NODE_R,
      ),
    );
    if (p.contextGlyph) {
      const off = badgeOffset(NODE_R);
      shapes.push(...badgePrimitives(p.contextGlyph, p.x + off, p.y - off, CONTEXT_BADGE.size));
    }
    const label = clip(p.label, LABEL_CHARS);
    const baseline = p.y + NODE_R + LABEL_GAP + LABEL_SIZE * 0.85;
    labels.push({
      tag: 'text',
      attrs: {
        x: p.x,
        y: baseline,
        'text-anchor': 'middle',
        'font-size': LABEL_SIZE,
        'font-weight': 600,
        fill: '#111111',
        ...halo(6),
      },
      text: label,
    });
    const r = NODE_R + outside(p);
    const half = Math.max(r, textWidth(label, LABEL_SIZE, true) / 2);
    grow(b, p.x - half, p.y - r, p.x + half, Math.max(p.y + r, baseline + 5));
  }
  return { shapes, labels };
}

function notes(model: NetworkModel, b: Bounds): Primitive[] {
  const out: Primitive[] = [];
  for (const n of model.notes) {
    const lines = wrapText(n.text, NOTE_CHARS);
    const size = noteSize(n.text);
    const w = size.w;
    const h = Math.max(size.h, lines.length * NOTE_LINE + 22);
    out.push({
      tag: 'rect',
      attrs: {
        x: n.x - w / 2,
        y: n.y - h / 2,
        width: w,
        height: h,
        rx: 8,
        fill: NOTE_FILL,
        stroke: NOTE_BORDER,
        'stroke-width': 1.5,
      },
    });
    const top = n.y - ((lines.length - 1) * NOTE_LINE) / 2 + NOTE_TEXT * 0.35;
    lines.forEach((line, i) =>
      out.push({
        tag: 'text',
        attrs: {
          x: n.x,
          y: top + i * NOTE_LINE,
          'text-anchor': 'middle',
          'font-size': NOTE_TEXT,
          fill: '#111111',
        },
        text: line,
      }),
    );
    grow(b, n.x - w / 2, n.y - h / 2, n.x + w / 2, n.y + h / 2);
  }
  return out;
}

/**
 * The diagram as drawing primitives in the canvas's own coordinates, drawn as the canvas draws it:
 * group outlines under the lines, lines under the people, labels over them and notes on top.
 * People and associations in `hidden` (the filters) are left out, and so are their lines and their
 * places in group outlines. Returns null bounds when nothing is drawn.
 */
export function diagramPrimitives(
  model: NetworkModel,
  hidden: ReadonlySet<string>,
): { primitives: Primitive[]; bounds: Bounds | null } {
  const shown = model.people.filter((p) => !hidden.has(p.id));
  const at = new Map(shown.map((p) => [p.id, p]));
  const lines = model.associations.filter(
    (a) => !hidden.has(a.id) && at.has(a.source) && at.has(a.target),
  );
  const b: Bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const outlines = hulls(model, at, b);
  const drawnPeople = people(shown, b);
  const primitives = [
    ...outlines,
    ...associations(lines, at),
    ...drawnPeople.shapes,
    ...drawnPeople.labels,
    ...notes(model, b),
  ];
  return { primitives, bounds: Number.isFinite(b.minX) ? b : null };
}
