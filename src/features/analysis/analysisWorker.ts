import { shortestChains } from '../../domain/analysis/chains';
import { suggestedGroups } from '../../domain/analysis/communities';
import { measureBoard } from '../../domain/analysis/measures';
import { peerGraph, type PeerGraph } from '../../domain/analysis/peerGraph';
import type { FromWorker, ToWorker } from './analysisProtocol';

/**
 * The analysis worker: network measures over thousands of people take longer than a frame, so
 * they run here and the page stays responsive (and can stop the worker to cancel).
 */
const scope = self as unknown as {
  postMessage: (message: FromWorker) => void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

let graph: PeerGraph | null = null;

scope.onmessage = ({ data }) => {
  try {
    if (data.type === 'network') {
      graph = peerGraph(data.people, data.links);
      scope.postMessage({ type: 'network', id: data.id, people: graph.order, pairs: graph.size });
    } else if (!graph) {
      scope.postMessage({ type: 'failed', id: data.id, message: 'No board has been given yet' });
    } else if (data.type === 'measures') {
      scope.postMessage({ type: 'measures', id: data.id, result: measureBoard(graph) });
    } else if (data.type === 'groups') {
      scope.postMessage({ type: 'groups', id: data.id, result: suggestedGroups(graph, data.seed) });
    } else {
      const result = shortestChains(graph, data.from, data.to);
      scope.postMessage({ type: 'chains', id: data.id, result });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'failed', id: data.id, message });
  }
};
