import type { PeerGraph } from './peerGraph';

/**
 * Each person's core number (Batagelj and Zaversnik's peeling, O(links)): the largest k such
 * that they belong to a part of the network in which everyone has at least k links inside it.
 * The highest core is "the core of tightly linked people".
 */
export function coreNumbers(graph: PeerGraph): Map<string, number> {
  const degree = new Map<string, number>();
  graph.forEachNode((n) => degree.set(n, graph.degree(n)));
  const maxDegree = Math.max(0, ...degree.values());
  const buckets: Set<string>[] = Array.from({ length: maxDegree + 1 }, () => new Set());
  for (const [n, d] of degree) buckets[d]!.add(n);
  const core = new Map<string, number>();
  for (let k = 0; k <= maxDegree; k++) {
    const bucket = buckets[k]!;
    while (bucket.size > 0) {
      const n = bucket.values().next().value as string;
      bucket.delete(n);
      core.set(n, k);
      graph.forEachNeighbor(n, (m) => {
        if (core.has(m)) return;
        const d = degree.get(m)!;
        if (d > k) {
          buckets[d]!.delete(m);
          degree.set(m, d - 1);
          buckets[d - 1]!.add(m);
        }
      });
    }
  }
  return core;
}
