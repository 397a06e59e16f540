import type { Core, EdgeSingular, EventObject } from 'cytoscape';
import { FAR_ZOOM } from './style';

/**
 * Marks edges `far` while zoomed out (dashes drawn solid). Restyling thousands of edges takes most
 * of a second on a large board, so it waits until the zoom gesture pauses instead of landing in the
 * middle of it (large boards hide edges while the viewport moves anyway). Edges added later (an
 * edit, an undo, another tab) take the current style; restyling only them keeps an edit on a large
 * board from touching every edge. `far.current` says which style edges have now. Returns the cleanup.
 */
export function farEdgeStyle(cy: Core, far: { current: boolean }): () => void {
  far.current = cy.zoom() < FAR_ZOOM;
  let timer = 0;
  cy.on('zoom', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const isFar = cy.zoom() < FAR_ZOOM;
      if (isFar === far.current) return;
      far.current = isFar;
      cy.batch(() => cy.edges().toggleClass('far', isFar));
    }, 150);
  });
  cy.on('add', 'edge', (e: EventObject) => {
    const edge = e.target as EdgeSingular;
    if (edge.hasClass('far') !== far.current) edge.toggleClass('far', far.current);
  });
  return () => window.clearTimeout(timer);
}
