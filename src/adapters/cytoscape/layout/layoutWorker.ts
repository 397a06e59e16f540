import { computeLayout } from './computeLayout';
import type { LayoutReply, LayoutRequest } from './types';

/**
 * Runs layouts off the page's main thread, so the page stays responsive on large boards and a
 * cancel can simply end the worker. Loaded on first use: Cytoscape and fCoSE come with it.
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply): void;
};

scope.onmessage = (e) => {
  const { runId, input, algorithm } = e.data;
  try {
    const positions = computeLayout(input, algorithm, (stage) =>
      scope.postMessage({ type: 'stage', runId, stage }),
    );
    scope.postMessage({ type: 'done', runId, positions });
  } catch (error) {
    scope.postMessage({
      type: 'failed',
      runId,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
