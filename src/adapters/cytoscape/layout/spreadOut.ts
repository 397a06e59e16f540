import { meanOf } from './arrangement';
import type { Point } from './prepareInput';

export interface SpreadOptions {
  /** Area each person should have on average, as the side of a square. */
  room?: number;
  /** Closest two people may be, centre to centre, once spread out. */
  minDistance?: number;
  passes?: number;
}

/**
 * Opens up a draft force-directed layout of a large board. The draft (spectral) places thousands of
 * people in seconds, but packs them on top of each other: it is first scaled up to give each person
 * some room, then people still closer than `minDistance` are pushed apart a few times over. Fixed
 * (pinned) people never move; the others make way for them. Cost is about linear in the number of
 * people (a grid of cells finds the close pairs).
 */
export function spreadOut(
  placed: ReadonlyMap<string, Point>,
  fixed: ReadonlySet<string>,
  { room = 120, minDistance = 80, passes = 100 }: SpreadOptions = {},
): Map<string, Point> {
  const ids = [...placed.keys()];
  const n = ids.length;
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const isFixed = ids.map((id) => fixed.has(id));
  ids.forEach((id, i) => {
    const p = placed.get(id)!;
    xs[i] = p.x;
    ys[i] = p.y;
  });

  // Scale the free people about their middle until, on average, each has `room` square. The area is
  // measured over the middle 80% each way: a draft flings a few people far out, and they must not
  // make the crowded middle look roomy.
  const freeIdx = ids.flatMap((_, i) => (isFixed[i] ? [] : [i]));
  if (freeIdx.length > 1) {
    const sortedX = freeIdx.map((i) => xs[i]!).sort((a, b) => a - b);
    const sortedY = freeIdx.map((i) => ys[i]!).sort((a, b) => a - b);
    const at = (list: number[], q: number) => list[Math.floor(q * (list.length - 1))]!;
    const area = Math.max(
      1,
      (at(sortedX, 0.9) - at(sortedX, 0.1)) * (at(sortedY, 0.9) - at(sortedY, 0.1)),
    );
    const scale = Math.sqrt((0.64 * freeIdx.length * room * room) / area);
    if (scale > 1) {
      const c = meanOf(freeIdx.map((i) => ({ x: xs[i]!, y: ys[i]! })));
      for (const i of freeIdx) {
        xs[i] = c.x + (xs[i]! - c.x) * scale;
        ys[i] = c.y + (ys[i]! - c.y) * scale;
      }
    }
  }

  const cell = minDistance;
  const key = (cx: number, cy: number) => cx * 73856093 + cy * 19349663;
  for (let pass = 0; pass < passes; pass++) {
    const grid = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const k = key(Math.floor(xs[i]! / cell), Math.floor(ys[i]! / cell));
      const list = grid.get(k);
      if (list) list.push(i);
      else grid.set(k, [i]);
    }
    let moved = false;
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(xs[i]! / cell);
      const cy = Math.floor(ys[i]! / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(key(gx, gy)) ?? []) {
            if (j <= i || (isFixed[i] && isFixed[j])) continue;
            let dx = xs[j]! - xs[i]!;
            let dy = ys[j]! - ys[i]!;
            let d = Math.hypot(dx, dy);
            if (d >= minDistance) continue;
            if (d < 1e-6) {
              // On the same spot: part them in a direction that differs pair to pair.
              const a = (i * 2.399963 + j) % (2 * Math.PI);
              dx = Math.cos(a);
              dy = Math.sin(a);
              d = 1;
            }
            const push = minDistance - d;
            const share = isFixed[i] ? 0 : isFixed[j] ? 1 : 0.5;
            xs[i] = xs[i]! - (dx / d) * push * share;
            ys[i] = ys[i]! - (dy / d) * push * share;
            xs[j] = xs[j]! + (dx / d) * push * (1 - share);
            ys[j] = ys[j]! + (dy / d) * push * (1 - share);
            moved = true;
          }
        }
      }
    }
    if (!moved) break;
  }
  return new Map(ids.map((id, i) => [id, { x: xs[i]!, y: ys[i]! }]));
}
