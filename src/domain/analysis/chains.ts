import type { PeerGraph } from './peerGraph';

/** At most this many chains are listed: beyond a few, a list stops helping a chair. */
const MOST = 5;

/**
 * The shortest chains of people linking `from` to `to` (each chain from → … → to), up to
 * `most` of them, or none when they are not connected through recorded associations.
 * A breadth-first search keeps every predecessor on a shortest route, then the chains are
 * read back from `to`.
 */
export function shortestChains(
  graph: PeerGraph,
  from: string,
  to: string,
  most = MOST,
): string[][] {
  if (!graph.hasNode(from) || !graph.hasNode(to) || from === to) return [];
  const dist = new Map<string, number>([[from, 0]]);
  const preds = new Map<string, string[]>();
  let frontier = [from];
  while (frontier.length > 0 && !dist.has(to)) {
    const next: string[] = [];
    for (const v of frontier) {
      const d = dist.get(v)! + 1;
      graph.forEachNeighbor(v, (w) => {
        if (!dist.has(w)) {
          dist.set(w, d);
          next.push(w);
        }
        if (dist.get(w) === d) preds.set(w, [...(preds.get(w) ?? []), v]);
      });
    }
    frontier = next;
  }
  if (!dist.has(to)) return [];
  const chains: string[][] = [];
  const walk = (node: string, tail: string[]) => {
    if (chains.length >= most) return;
    if (node === from) {
      chains.push([from, ...tail]);
      return;
    }
    for (const p of [...(preds.get(node) ?? [])].sort()) walk(p, [node, ...tail]);
  };
  walk(to, []);
  return chains;
}
