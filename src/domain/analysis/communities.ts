import louvain from 'graphology-communities-louvain';
import type { PeerGraph } from './peerGraph';
import { seededRandom } from './seededRandom';

/** Fewer than this many people is not offered as a group: a pair is already visible as a link. */
const SMALLEST = 3;

/**
 * Suggested groups: people more linked among themselves than to others (Louvain's modularity
 * method, graphology-communities-louvain), largest first. The random source is seeded so the
 * same board always gives the same suggestions. Only suggestions: nothing becomes a group
 * unless the user accepts it.
 */
export function suggestedGroups(graph: PeerGraph, seed = 1): string[][] {
  if (graph.size === 0) return [];
  const mapping = louvain(graph, { rng: seededRandom(seed), getEdgeWeight: null });
  const groups = new Map<number, string[]>();
  for (const [person, community] of Object.entries(mapping)) {
    const members = groups.get(community) ?? [];
    members.push(person);
    groups.set(community, members);
  }
  return [...groups.values()]
    .filter((g) => g.length >= SMALLEST)
    .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}
