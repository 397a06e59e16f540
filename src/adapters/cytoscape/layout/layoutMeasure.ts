import { betweenness } from '../../../domain/analysis/betweenness';
import { coreNumbers } from '../../../domain/analysis/coreNumbers';
import { peerGraph } from '../../../domain/analysis/peerGraph';
import { twoStepReach } from '../../../domain/analysis/reach';
import { seededRandom } from '../../../domain/analysis/seededRandom';
import type { PreparedLayout } from './prepareInput';

export type LayoutMeasure = 'bridging' | 'reach' | 'core';

/**
 * One measure for everyone in a layout, worked out where the layout runs (its worker), with the
 * analysis's own functions and seed, so the rings agree with the Analysis panel's cards. Only
 * the measure asked for is worked out: bridging is the slow one.
 */
export function layoutMeasure(p: PreparedLayout, measure: LayoutMeasure): Map<string, number> {
  const graph = peerGraph(
    p.nodes.map((n) => n.id),
    // The measures ask who is linked to whom: the kind and confidence play no part.
    p.edges.map((e, i) => ({
      id: String(i),
      fromId: e.source,
      toId: e.target,
      kind: '',
      confidence: '',
    })),
  );
  if (measure === 'bridging') return betweenness(graph, seededRandom(1)).scores;
  return measure === 'reach' ? twoStepReach(graph) : coreNumbers(graph);
}
