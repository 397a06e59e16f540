/**
 * A free spot for a new node near `near`, so pressing N several times never stacks people on top
 * of each other: walks outwards in rings of candidate spots until one is clear of every node.
 */
export function freeSpotNear(
  near: { x: number; y: number },
  occupied: readonly { x: number; y: number }[],
  spacing = 110,
): { x: number; y: number } {
  const clear = (p: { x: number; y: number }) =>
    occupied.every(
      (o) => Math.abs(o.x - p.x) >= spacing * 0.8 || Math.abs(o.y - p.y) >= spacing * 0.8,
    );
  const start = { x: Math.round(near.x), y: Math.round(near.y) };
  if (clear(start)) return start;
  for (let ring = 1; ring <= 30; ring++) {
    for (let i = 0; i < ring * 8; i++) {
      const angle = (i / (ring * 8)) * Math.PI * 2;
      const p = {
        x: Math.round(start.x + Math.cos(angle) * ring * spacing),
        y: Math.round(start.y + Math.sin(angle) * ring * spacing),
      };
      if (clear(p)) return p;
    }
  }
  return { x: start.x + spacing, y: start.y + spacing };
}

/** A box in diagram units (the visible part of the diagram, or around the selection). */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box around some points, or null for none. */
export function boxAround(points: readonly { x: number; y: number }[]): Box | null {
  if (points.length === 0) return null;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Where a person with no position of their own goes (N, the toolbar, the capture line): inside the
 * visible part of the diagram, never off screen, beside the selection when there is one (to its
 * right, else the nearest clear spot around it), else mid-view; clear of the `occupied` spots when
 * there is room. The margin keeps the whole node and its name (drawn below it) on screen.
 */
export function placeNear(
  visible: Box,
  selection: Box | null,
  occupied: readonly { x: number; y: number }[],
  spacing = 110,
): { x: number; y: number } {
  const margin = spacing * 0.5;
  const mid = { x: (visible.x1 + visible.x2) / 2, y: (visible.y1 + visible.y2) / 2 };
  // The box a new person's centre may take: inset by the margin (more below, for the name); a
  // view too small for that leaves only its middle.
  const inner: Box = {
    x1: Math.min(mid.x, visible.x1 + margin),
    x2: Math.max(mid.x, visible.x2 - margin),
    y1: Math.min(mid.y, visible.y1 + margin),
    y2: Math.max(mid.y, visible.y2 - margin * 1.4),
  };
  const inside = (p: { x: number; y: number }) =>
    p.x >= inner.x1 && p.x <= inner.x2 && p.y >= inner.y1 && p.y <= inner.y2;
  const wanted = selection
    ? { x: selection.x2 + spacing * 1.3, y: (selection.y1 + selection.y2) / 2 }
    : mid;
  const start = {
    x: Math.round(clamp(wanted.x, inner.x1, inner.x2)),
    y: Math.round(clamp(wanted.y, inner.y1, inner.y2)),
  };
  const clear = (p: { x: number; y: number }) =>
    occupied.every(
      (o) => Math.abs(o.x - p.x) >= spacing * 0.8 || Math.abs(o.y - p.y) >= spacing * 0.8,
    );
  if (clear(start)) return start;
  // Rings outwards from the wanted spot, right-hand side first, as far as the view reaches.
  const reach = Math.hypot(inner.x2 - inner.x1, inner.y2 - inner.y1);
  const rings = Math.min(60, Math.ceil(reach / (spacing * 0.5)));
  for (let ring = 1; ring <= rings; ring++) {
    const steps = ring * 8;
    for (let i = 0; i < steps; i++) {
      const angle = (i / steps) * Math.PI * 2;
      const p = {
        x: Math.round(start.x + Math.cos(angle) * ring * spacing * 0.5),
        y: Math.round(start.y + Math.sin(angle) * ring * spacing * 0.5),
      };
      if (inside(p) && clear(p)) return p;
    }
  }
  // A crowded view: on screen beside the selection matters more than not touching anyone.
  return start;
}
