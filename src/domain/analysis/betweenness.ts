import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { PeerGraph } from './peerGraph';

/** Above this many people, betweenness is estimated from a sample of starting points. */
export const EXACT_BETWEENNESS_UP_TO = 3000;
const SAMPLE = 400;

export interface Betweenness {
  scores: Map<string, number>;
  /** False when estimated from a sample (the ranking is then approximate, and said so). */
  exact: boolean;
}

/**
 * How often each person lies on the shortest chains between two others, normalised as networkx
 * does (0 to 1). Exact (graphology-metrics, Brandes' algorithm) for boards up to a few thousand
 * people; beyond, Brandes from a random sample of starting people, scaled up (Brandes and
 * Pich's pivot estimate), which keeps a huge board's analysis to seconds.
 */
export function betweenness(graph: PeerGraph, random: () => number): Betweenness {
  // Nobody can lie between two others with fewer than three people (and graphology's Brandes
  // refuses an empty graph).
  if (graph.order < 3) return { scores: new Map(graph.mapNodes((n) => [n, 0])), exact: true };
  if (graph.order <= EXACT_BETWEENNESS_UP_TO) {
    const scores = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
    return { scores: new Map(Object.entries(scores)), exact: true };
  }
  return { scores: sampledBetweenness(graph, random, SAMPLE), exact: false };
}

function sampledBetweenness(
  graph: PeerGraph,
  random: () => number,
  sample: number,
): Map<string, number> {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const neighbours = nodes.map((n) => graph.neighbors(n).map((m) => index.get(m)!));
  const n = nodes.length;
  const score = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const preds: number[][] = nodes.map(() => []);
  const sources = pickSources(n, Math.min(sample, n), random);
  for (const s of sources) {
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    for (const p of preds) p.length = 0;
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const v = order[head++]!;
      for (const w of neighbours[v]!) {
        if (dist[w]! < 0) {
          dist[w] = dist[v]! + 1;
          order[tail++] = w;
        }
        if (dist[w] === dist[v]! + 1) {
          sigma[w]! += sigma[v]!;
          preds[w]!.push(v);
        }
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      for (const v of preds[w]!) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
      score[w]! += delta[w]!;
    }
  }
  // Scaled to the whole network, then normalised as the exact scores are (undirected pairs).
  const scale = n / sources.length / ((n - 1) * (n - 2));
  return new Map(nodes.map((id, i) => [id, score[i]! * scale]));
}

function pickSources(n: number, k: number, random: () => number): number[] {
  const all = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, k);
}
