import type { LayoutEdge, LayoutInput, LayoutNode, LayoutPosition } from './types';

/** Above this many people the force-directed layout runs at draft quality, so it ends in seconds. */
export const LARGE_LAYOUT = 1000;

export interface Point {
  x: number;
  y: number;
}

/** A layout input cleaned up for the algorithms, with the people split into pinned and free. */
export interface PreparedLayout {
  /** Every person once, with a usable position. */
  nodes: LayoutNode[];
  /** One edge per linked pair (parallel associations add nothing to a layout), no self-links. */
  edges: LayoutEdge[];
  pinned: LayoutNode[];
  /** The people a layout may move. */
  free: LayoutNode[];
  /** Number of links of each person (every association counts), for "concentric by links". */
  degree: Map<string, number>;
}

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/**
 * Cleans up the input: duplicate people and links to people not in the input are dropped (a board
 * may be changing in another tab while a layout is asked for), and positions are made finite.
 */
export function prepareInput(input: LayoutInput): PreparedLayout {
  const byId = new Map<string, LayoutNode>();
  for (const n of input.nodes) {
    if (!byId.has(n.id))
      byId.set(n.id, { id: n.id, x: finite(n.x), y: finite(n.y), pinned: n.pinned });
  }
  const degree = new Map<string, number>([...byId.keys()].map((id) => [id, 0]));
  const pairs = new Set<string>();
  const edges: LayoutEdge[] = [];
  for (const e of input.edges) {
    if (e.source === e.target || !byId.has(e.source) || !byId.has(e.target)) continue;
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
    const key =
      e.source < e.target ? `${e.source}\u0000${e.target}` : `${e.target}\u0000${e.source}`;
    if (pairs.has(key)) continue;
    pairs.add(key);
    edges.push({ source: e.source, target: e.target });
  }
  const nodes = [...byId.values()];
  return {
    nodes,
    edges,
    pinned: nodes.filter((n) => n.pinned),
    free: nodes.filter((n) => !n.pinned),
    degree,
  };
}

/**
 * The result a layout hands back: the free people only, in whole units. Anyone the algorithm did not
 * place (or placed at a non-number) keeps where they were.
 */
export function toPositions(
  free: readonly LayoutNode[],
  placed: ReadonlyMap<string, Point>,
): LayoutPosition[] {
  return free.map((n) => {
    const p = placed.get(n.id);
    const ok = p && Number.isFinite(p.x) && Number.isFinite(p.y);
    return { id: n.id, x: Math.round(ok ? p.x : n.x), y: Math.round(ok ? p.y : n.y) };
  });
}
