import type { Point } from './prepareInput';
import type { LayoutNode } from './types';

/** Space left between the pinned people and a grid, circle or rings of the others. */
export const BESIDE_GAP = 200;

export interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export function boundsOf(points: Iterable<Point>): Bounds | null {
  let b: Bounds | null = null;
  for (const p of points) {
    if (!b) b = { x1: p.x, y1: p.y, x2: p.x, y2: p.y };
    else {
      b.x1 = Math.min(b.x1, p.x);
      b.y1 = Math.min(b.y1, p.y);
      b.x2 = Math.max(b.x2, p.x);
      b.y2 = Math.max(b.y2, p.y);
    }
  }
  return b;
}

export function meanOf(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const p of points) {
    x += p.x;
    y += p.y;
  }
  return points.length === 0 ? { x: 0, y: 0 } : { x: x / points.length, y: y / points.length };
}

function shifted(placed: ReadonlyMap<string, Point>, dx: number, dy: number): Map<string, Point> {
  return new Map([...placed].map(([id, p]) => [id, { x: p.x + dx, y: p.y + dy }]));
}

/**
 * Moves a grid, circle or rings of the free people to where they belong. With nobody pinned, it sits
 * where those people were, so the view does not jump. With people pinned, it goes to their right,
 * clear of them: the pinned stay exactly where they are and nobody lands on top of them.
 */
export function placeBesidePinned(
  placed: ReadonlyMap<string, Point>,
  free: readonly LayoutNode[],
  pinned: readonly LayoutNode[],
): Map<string, Point> {
  const box = boundsOf(placed.values());
  if (!box) return new Map(placed);
  const pins = boundsOf(pinned);
  if (!pins) {
    const was = boundsOf(free)!;
    return shifted(
      placed,
      (was.x1 + was.x2) / 2 - (box.x1 + box.x2) / 2,
      (was.y1 + was.y2) / 2 - (box.y1 + box.y2) / 2,
    );
  }
  return shifted(
    placed,
    pins.x2 + BESIDE_GAP - box.x1,
    (pins.y1 + pins.y2) / 2 - (box.y1 + box.y2) / 2,
  );
}

/**
 * Shifts a force-directed draft so the pinned people's middle lands where they really are. The draft
 * cannot hold people in place itself; this keeps the others near the pinned people they link to.
 */
export function alignToPinned(
  placed: ReadonlyMap<string, Point>,
  pinned: readonly LayoutNode[],
): Map<string, Point> {
  const drafted = pinned.flatMap((n) => {
    const p = placed.get(n.id);
    return p ? [p] : [];
  });
  if (drafted.length === 0) return new Map(placed);
  const from = meanOf(drafted);
  const to = meanOf(pinned);
  const out = shifted(placed, to.x - from.x, to.y - from.y);
  for (const n of pinned) out.set(n.id, { x: n.x, y: n.y });
  return out;
}

/**
 * Left to right, top to bottom, as they are now: a grid then keeps people roughly where they were.
 * People less than `rowHeight` below the first of a row count as in that row.
 */
export function readingOrder<T extends LayoutNode>(nodes: readonly T[], rowHeight = 80): T[] {
  const byY = [...nodes].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
  const out: T[] = [];
  let row: T[] = [];
  const flush = () => out.push(...row.sort((a, b) => a.x - b.x || a.id.localeCompare(b.id)));
  for (const n of byY) {
    if (row.length > 0 && n.y - row[0]!.y >= rowHeight) {
      flush();
      row = [];
    }
    row.push(n);
  }
  flush();
  return out;
}

/**
 * Clockwise from twelve o'clock around their middle, as they are now: a circle or ring then keeps
 * neighbours on screen next to each other.
 */
export function clockOrder<T extends LayoutNode>(nodes: readonly T[]): T[] {
  const c = meanOf(nodes);
  const angle = (n: LayoutNode) => {
    // Screen y points down; measure clockwise from straight up, in [0, 2π).
    const a = Math.atan2(n.x - c.x, -(n.y - c.y));
    return a < 0 ? a + 2 * Math.PI : a;
  };
  return [...nodes].sort((a, b) => angle(a) - angle(b) || a.id.localeCompare(b.id));
}
