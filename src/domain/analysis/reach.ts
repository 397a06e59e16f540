import type { PeerGraph } from './peerGraph';

/** How many other people each person reaches in one or two steps along recorded associations. */
export function twoStepReach(graph: PeerGraph): Map<string, number> {
  const reach = new Map<string, number>();
  const seen = new Set<string>();
  graph.forEachNode((n) => {
    seen.clear();
    graph.forEachNeighbor(n, (m) => {
      seen.add(m);
      graph.forEachNeighbor(m, (k) => {
        if (k !== n) seen.add(k);
      });
    });
    reach.set(n, seen.size);
  });
  return reach;
}
