import type { LineSwatch, NodeSwatch } from '../../domain/legend';
import { OUTLINE, type RingStyle } from '../../domain/encoding';
import { xmlSafe } from '../../domain/formats/xmlText';

/**
 * SVG drawing as plain data. The on-screen legend renders these with React and exports serialise
 * them to text, so a swatch, a node and a line look the same in both.
 */
export interface Primitive {
  tag: 'circle' | 'ellipse' | 'polygon' | 'rect' | 'line' | 'path' | 'text';
  attrs: Record<string, string | number>;
  /** Text content, for `text` (never markup). */
  text?: string;
}

export type Shape = NodeSwatch['shape'];

export const dashArray: Record<'solid' | 'dashed' | 'dotted', string | null> = {
  solid: null,
  dashed: '8 5',
  dotted: '2 4',
};

/** The corners of each polygonal shape as nodePrimitives draws it, for a shape of radius 1. */
const corners: Record<Exclude<Shape, 'ellipse'>, readonly (readonly [number, number])[]> = {
  diamond: [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ],
  'round-rectangle': [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ],
  hexagon: [
    [-0.5, -1],
    [0.5, -1],
    [1, 0],
    [0.5, 1],
    [-0.5, 1],
    [-1, 0],
  ],
};

/** How far from its centre a shape of radius 1 reaches in direction (ux, uy): where lines stop. */
export function shapeReach(shape: Shape, ux: number, uy: number): number {
  if (shape === 'ellipse') return 1;
  const pts = corners[shape];
  let best = Infinity;
  for (let i = 0; i < pts.length; i++) {
    const [ax, ay] = pts[i]!;
    const [bx, by] = pts[(i + 1) % pts.length]!;
    // Solve t·u = a + s·(b − a) for the ray's distance t, with 0 ≤ s ≤ 1.
    const ex = bx - ax;
    const ey = by - ay;
    const det = ux * -ey - uy * -ex;
    if (Math.abs(det) < 1e-9) continue;
    const t = (ax * -ey - ay * -ex) / det;
    const s = (ux * ay - uy * ax) / det;
    if (t > 0 && s >= -1e-9 && s <= 1 + 1e-9) best = Math.min(best, t);
  }
  return Number.isFinite(best) ? best : 1;
}

const ringDash = (style: RingStyle, width: number) =>
  style === 'dashed' ? `${width * 2} ${width * 1.2}` : null;

function outlineOf(shape: Shape, cx: number, cy: number, r: number): Primitive {
  switch (shape) {
    case 'ellipse':
      return { tag: 'circle', attrs: { cx, cy, r } };
    case 'diamond':
    case 'hexagon':
      return {
        tag: 'polygon',
        attrs: { points: corners[shape].map(([x, y]) => `${cx + x * r},${cy + y * r}`).join(' ') },
      };
    case 'round-rectangle':
      return {
        tag: 'rect',
        attrs: { x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, rx: r / 3 },
      };
  }
}

const withStroke = (
  p: Primitive,
  fill: string,
  colour: string,
  width: number,
  style: RingStyle,
): Primitive => {
  const dash = ringDash(style, width);
  return {
    tag: p.tag,
    attrs: {
      ...p.attrs,
      fill,
      stroke: colour,
      'stroke-width': style === 'double' ? width / 3 : width,
      ...(dash ? { 'stroke-dasharray': dash } : {}),
    },
  };
};

/**
 * A person's node: the harm-role ring outside, then the shape with its fill and group-role outline.
 * A double line is drawn as two thin strokes, as Cytoscape does.
 */
export function nodePrimitives(
  swatch: Pick<NodeSwatch, 'shape' | 'fill' | 'border' | 'ring'>,
  cx: number,
  cy: number,
  r: number,
  borderColour = OUTLINE,
): Primitive[] {
  const out: Primitive[] = [];
  const stroke = (
    radius: number,
    fill: string,
    colour: string,
    width: number,
    style: RingStyle,
  ) => {
    if (style !== 'double') {
      out.push(withStroke(outlineOf(swatch.shape, cx, cy, radius), fill, colour, width, style));
      return;
    }
    out.push(
      withStroke(outlineOf(swatch.shape, cx, cy, radius + width / 3), fill, colour, width, style),
    );
    out.push(
      withStroke(outlineOf(swatch.shape, cx, cy, radius - width / 3), 'none', colour, width, style),
    );
  };
  const { ring, border } = swatch;
  if (ring && ring.width > 0)
    stroke(r + border.width / 2 + 2 + ring.width / 2, 'none', ring.colour, ring.width, ring.style);
  stroke(r, swatch.fill, borderColour, border.width, border.style);
  return out;
}

/** An association line from (x1,y1) to (x2,y2) with its arrowhead, protective mark and review word. */
export function linePrimitives(
  swatch: Omit<LineSwatch, 'type'>,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  arrowSize = 9,
): Primitive[] {
  const out: Primitive[] = [];
  const len = Math.hypot(x2 - x1, y2 - y1) || 1;
  const ux = (x2 - x1) / len;
  const uy = (y2 - y1) / len;
  const endX = swatch.arrow ? x2 - ux * arrowSize : x2;
  const endY = swatch.arrow ? y2 - uy * arrowSize : y2;
  const dash = dashArray[swatch.line];
  const opacity: Record<string, number> = swatch.opacity < 1 ? { opacity: swatch.opacity } : {};
  out.push({
    tag: 'line',
    attrs: {
      x1,
      y1,
      x2: endX,
      y2: endY,
      stroke: swatch.colour,
      'stroke-width': swatch.width,
      ...(dash ? { 'stroke-dasharray': dash } : {}),
      ...opacity,
    },
  });
  if (swatch.arrow) {
    const px = -uy * arrowSize * 0.6;
    const py = ux * arrowSize * 0.6;
    out.push({
      tag: 'polygon',
      attrs: {
        points: `${endX + px},${endY + py} ${x2},${y2} ${endX - px},${endY - py}`,
        fill: swatch.colour,
        ...opacity,
      },
    });
  }
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  if (swatch.midMark)
    out.push({
      tag: 'circle',
      attrs: { cx: mx, cy: my, r: swatch.width * 0.9, fill: swatch.colour, ...opacity },
    });
  if (swatch.mark)
    out.push({
      tag: 'text',
      attrs: {
        x: mx,
        y: my - swatch.width - 2,
        'text-anchor': 'middle',
        'font-size': 11,
        'font-weight': 700,
        fill: '#333333',
      },
      text: swatch.mark,
    });
  return out;
}

// Characters XML cannot hold (control characters, lone surrogates) go first: one in a name made
// the whole picture unreadable, and the meeting pack printed without its network.
const escapeXml = (s: string) =>
  xmlSafe(s).replace(
    /[&<>"']/g,
    (c) =>
      `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[c as '&']};`,
  );

/** Serialises primitives as SVG text; every value and text is escaped, so user text stays text. */
export function toSvgText(primitives: readonly Primitive[]): string {
  return primitives
    .map((p) => {
      const attrs = Object.entries(p.attrs)
        .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
        .join('');
      return p.text === undefined
        ? `<${p.tag}${attrs}/>`
        : `<${p.tag}${attrs}>${escapeXml(p.text)}</${p.tag}>`;
    })
    .join('');
}
