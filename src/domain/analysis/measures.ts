import { betweenness } from './betweenness';
import { coreNumbers } from './coreNumbers';
import type { PeerGraph } from './peerGraph';
import { twoStepReach } from './reach';
import { seededRandom } from './seededRandom';

/** Every measure of one person, as shown on the cards and used to size people in the diagram. */
export interface PersonMeasures {
  /** People they have a recorded association with. */
  links: number;
  /** 0–1: how much they lie on the shortest chains between others (who bridges groups). */
  bridging: number;
  /** People reached in one or two steps. */
  reach: number;
  /** Their core number: the highest core (tightly linked part) they belong to. */
  core: number;
}

export interface BoardMeasures {
  people: Map<string, PersonMeasures>;
  /** False when bridging was estimated from a sample (a board of several thousand people). */
  bridgingExact: boolean;
  /** The highest core number on the board (0 when nobody is linked). */
  topCore: number;
}

/**
 * The board's network measures, all from the recorded associations only (incomplete information:
 * the cards say so). Computed in a worker; each measure is a pure function tested against
 * networkx's answers on its classic networks.
 */
export function measureBoard(graph: PeerGraph): BoardMeasures {
  const between = betweenness(graph, seededRandom(1));
  const reach = twoStepReach(graph);
  const core = coreNumbers(graph);
  const people = new Map<string, PersonMeasures>();
  graph.forEachNode((n) =>
    people.set(n, {
      links: graph.degree(n),
      bridging: between.scores.get(n) ?? 0,
      reach: reach.get(n) ?? 0,
      core: core.get(n) ?? 0,
    }),
  );
  return { people, bridgingExact: between.exact, topCore: Math.max(0, ...core.values()) };
}

export type MeasureKey = keyof PersonMeasures;

/** The `count` people ranking highest on a measure (ties in id order, so the list is stable). */
export function ranked(measures: BoardMeasures, key: MeasureKey, count: number): string[] {
  return [...measures.people.entries()]
    .filter(([, m]) => m[key] > 0)
    .sort((a, b) => b[1][key] - a[1][key] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([id]) => id);
}
