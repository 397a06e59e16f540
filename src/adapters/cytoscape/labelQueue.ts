import type { Core } from 'cytoscape';
import { createRestyleQueue, type Restyle } from './restyleQueue';

/** Names applied per task: some 60 ms of restyling on a loaded two-core laptop. */
export const LABELS_PER_TASK = 400;

export interface LabelQueue {
  /**
   * The names wanted now, by node id. Replaces whatever was still waiting (the latest wins when the
   * chair toggles presenter-safe again mid-way); names the canvas already shows are skipped.
   */
  want(labels: ReadonlyMap<string, string>): void;
  destroy(): void;
}

/**
 * Applies many names (presenter-safe on a board of thousands) over several tasks (restyleQueue.ts):
 * each changed name restyles its node, re-measures the label and re-routes the node's lines, some
 * 330 ms for 2,000 people in one go. Names drawn on screen now go first, so the next frame shows
 * them changed. `onChange` hears how many are left; `namesDrawn` says whether names are drawn at
 * the zoom of the moment (labelFit.ts: passed in, so this lazily loaded code stays small).
 */
export function createLabelQueue(
  cy: Core,
  onChange: (pending: number) => void,
  namesDrawn: () => boolean,
): LabelQueue {
  const queue = createRestyleQueue(cy, LABELS_PER_TASK, onChange);
  return {
    want(labels) {
      const first: Restyle[] = [];
      const rest: Restyle[] = [];
      const drawn = labels.size > 0 && namesDrawn();
      const { x1, y1, x2, y2 } = cy.extent();
      for (const [id, label] of labels) {
        const node = cy.getElementById(id);
        if (node.empty() || node.data('label') === label) continue;
        const { x, y } = node.position();
        const seen = drawn && x >= x1 && x <= x2 && y >= y1 && y <= y2;
        (seen ? first : rest).push({
          seen,
          // Looked up again when applied: the person may have been removed meanwhile.
          apply: () => {
            const n = cy.getElementById(id);
            if (n.nonempty() && n.data('label') !== label) n.data('label', label);
          },
        });
      }
      if (first.length + rest.length === 0) {
        queue.destroy();
        onChange(0);
      } else queue.replace(first.concat(rest));
    },
    destroy: () => queue.destroy(),
  };
}
