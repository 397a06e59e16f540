import type { Core, EdgeSingular, EventObject } from 'cytoscape';
import { FAR_ZOOM } from './style';
import type { Restyle, RestyleQueue } from './restyleQueue';
import { loadSpread } from './loadSpread';

/** Lines restyled per task when the zoom crosses FAR_ZOOM (a line costs far less than a name). */
const EDGES_PER_TASK = 800;

/**
 * Marks edges `far` while zoomed out (dashes drawn solid). Restyling thousands of edges takes most
 * of a second on a large board, so it waits until the zoom gesture pauses instead of landing in the
 * middle of it (large boards hide edges while the viewport moves anyway), and then goes over
 * several tasks (restyleQueue.ts). Edges added later (an edit, an undo,
 * another tab) take the current style; restyling only them keeps an edit on a large board from
 * touching every edge. `far.current` says which style edges are meant to have. Returns the cleanup.
 */
export function farEdgeStyle(cy: Core, far: { current: boolean }): () => void {
  far.current = cy.zoom() < FAR_ZOOM;
  let queue: RestyleQueue | null = null;
  // Counts the crossings: the latest one's work starts once the queue's code is loaded.
  let crossing = 0;
  let timer = 0;
  cy.on('zoom', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const isFar = cy.zoom() < FAR_ZOOM;
      if (isFar === far.current) return;
      far.current = isFar;
      const work: Restyle[] = [];
      cy.edges().forEach((e) => {
        if (e.hasClass('far') !== isFar)
          work.push({
            // A dash pattern is a detail: the frames in between are not worth drawing for it.
            seen: false,
            // Read at the time: the zoom may have crossed back meanwhile.
            apply: () => void e.toggleClass('far', far.current),
          });
      });
      const mine = ++crossing;
      if (work.length > 0)
        void loadSpread().then(({ createRestyleQueue }) => {
          if (mine !== crossing) return;
          queue ??= createRestyleQueue(cy, EDGES_PER_TASK);
          queue.replace(work);
        });
    }, 150);
  });
  cy.on('add', 'edge', (e: EventObject) => {
    const edge = e.target as EdgeSingular;
    if (edge.hasClass('far') !== far.current) edge.toggleClass('far', far.current);
  });
  return () => {
    window.clearTimeout(timer);
    crossing++;
    queue?.destroy();
  };
}
