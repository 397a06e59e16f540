import type { Picture } from './picture';
import type { Primitive } from './primitives';

/** The part of a 2D canvas context the painter uses: a page's canvas or a worker's OffscreenCanvas. */
export type Paintable = Pick<
  CanvasRenderingContext2D,
  | 'save'
  | 'restore'
  | 'translate'
  | 'scale'
  | 'beginPath'
  | 'closePath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'ellipse'
  | 'rect'
  | 'roundRect'
  | 'fill'
  | 'stroke'
  | 'fillText'
  | 'strokeText'
  | 'setLineDash'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'globalAlpha'
  | 'font'
  | 'textAlign'
  | 'textBaseline'
>;

const num = (v: string | number | undefined, fallback = 0): number => {
  const n = typeof v === 'number' ? v : Number.parseFloat(v ?? '');
  return Number.isFinite(n) ? n : fallback;
};

const paint = (v: string | number | undefined): string | null =>
  v === undefined || v === 'none' || v === 'transparent' ? null : String(v);

/** "x,y x,y ..." as in an SVG polygon's `points`. */
function polygonPoints(points: string): [number, number][] {
  const values = points
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((v) => Number.parseFloat(v));
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < values.length; i += 2) out.push([values[i]!, values[i + 1]!]);
  return out;
}

const anchors = { start: 'left', middle: 'center', end: 'right' } as const;

/**
 * Traces a shape's outline as a path; returns false for text (drawn apart) and for a path given
 * as `d`, which is painted with a Path2D.
 */
function trace(ctx: Paintable, p: Primitive): boolean {
  const a = p.attrs;
  ctx.beginPath();
  switch (p.tag) {
    case 'circle':
      ctx.arc(num(a.cx), num(a.cy), Math.max(0, num(a.r)), 0, Math.PI * 2);
      return true;
    case 'ellipse':
      ctx.ellipse(num(a.cx), num(a.cy), num(a.rx), num(a.ry), 0, 0, Math.PI * 2);
      return true;
    case 'rect': {
      const rx = num(a.rx, num(a.ry));
      if (rx > 0) ctx.roundRect(num(a.x), num(a.y), num(a.width), num(a.height), rx);
      else ctx.rect(num(a.x), num(a.y), num(a.width), num(a.height));
      return true;
    }
    case 'line':
      ctx.moveTo(num(a.x1), num(a.y1));
      ctx.lineTo(num(a.x2), num(a.y2));
      return true;
    case 'polygon': {
      const pts = polygonPoints(String(a.points ?? ''));
      pts.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
      ctx.closePath();
      return true;
    }
    default:
      return false;
  }
}

/**
 * Paints one primitive as an SVG viewer would draw it, for the attributes the app's drawings use:
 * fill (black by default, as in SVG; a line has none), stroke and its width, dashes and joins,
 * opacity and fill-opacity, `paint-order: stroke` (a halo under text), and text with its size,
 * weight, style and anchor. User text is only ever drawn as text.
 */
export function paintPrimitive(ctx: Paintable, p: Primitive, fontFamily: string): void {
  const a = p.attrs;
  const opacity = num(a.opacity, 1);
  const fill = p.tag === 'line' ? null : paint(a.fill ?? '#000000');
  const stroke = paint(a.stroke);
  const strokeWidth = num(a['stroke-width'], 1);
  ctx.save();
  ctx.globalAlpha = opacity;
  const doFill = (draw: () => void) => {
    if (!fill) return;
    ctx.fillStyle = fill;
    ctx.globalAlpha = opacity * num(a['fill-opacity'], 1);
    draw();
    ctx.globalAlpha = opacity;
  };
  const doStroke = (draw: () => void) => {
    if (!stroke || strokeWidth <= 0) return;
    ctx.strokeStyle = stroke;
    ctx.lineWidth = strokeWidth;
    ctx.lineJoin = a['stroke-linejoin'] === 'round' ? 'round' : 'miter';
    const dash = a['stroke-dasharray'];
    ctx.setLineDash(
      dash === undefined || dash === 'none'
        ? []
        : String(dash)
            .split(/[\s,]+/)
            .map((v) => Number.parseFloat(v))
            .filter(Number.isFinite),
    );
    draw();
  };
  const strokeFirst = String(a['paint-order'] ?? '').startsWith('stroke');
  if (p.tag === 'text') {
    const text = p.text ?? '';
    const style = a['font-style'] === 'italic' ? 'italic ' : '';
    ctx.font = `${style}${a['font-weight'] ?? 400} ${num(a['font-size'], 16)}px ${fontFamily}`;
    ctx.textAlign = anchors[String(a['text-anchor'] ?? 'start') as keyof typeof anchors] ?? 'left';
    ctx.textBaseline = 'alphabetic';
    const x = num(a.x);
    const y = num(a.y);
    const steps = [
      () => doFill(() => ctx.fillText(text, x, y)),
      () => doStroke(() => ctx.strokeText(text, x, y)),
    ];
    if (strokeFirst) steps.reverse();
    steps.forEach((s) => s());
  } else if (p.tag === 'path') {
    const path = new Path2D(String(a.d ?? ''));
    const steps = [() => doFill(() => ctx.fill(path)), () => doStroke(() => ctx.stroke(path))];
    if (strokeFirst) steps.reverse();
    steps.forEach((s) => s());
  } else if (trace(ctx, p)) {
    const steps = [() => doFill(() => ctx.fill()), () => doStroke(() => ctx.stroke())];
    if (strokeFirst) steps.reverse();
    steps.forEach((s) => s());
  }
  ctx.restore();
}

/** Paints a whole picture at `scale` times its size (on a canvas that size, white first). */
export function paintPicture(ctx: Paintable, picture: Picture, scale: number): void {
  ctx.save();
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.beginPath();
  ctx.rect(0, 0, picture.width, picture.height);
  ctx.fill();
  for (const layer of picture.layers) {
    ctx.save();
    if (layer.place) {
      ctx.translate(layer.place.dx, layer.place.dy);
      ctx.scale(layer.place.scale, layer.place.scale);
    }
    for (const p of layer.primitives) paintPrimitive(ctx, p, picture.fontFamily);
    ctx.restore();
  }
  ctx.restore();
}
