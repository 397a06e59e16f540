import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Core } from 'cytoscape';

/**
 * Filters hide elements by class rather than removing them, so positions and selection are kept
 * and showing them again costs nothing. Only elements whose state changed are touched; elements
 * added since the last pass (an undo, another tab) are checked against the same set. The canvas
 * wrapper carries `data-hidden-count` and, once drawn, `data-hidden-drawn` for tests and the
 * benchmark.
 */
export function useFilterClasses(
  cyRef: RefObject<Core | null>,
  wrapRef: RefObject<HTMLElement | null>,
  hidden: ReadonlySet<string>,
  // Re-run when the elements change or the canvas first appears.
  elements: unknown,
  initial: unknown,
): void {
  const filtered = useRef<ReadonlySet<string>>(new Set());
  useLayoutEffect(() => {
    const cy = cyRef.current;
    const wrap = wrapRef.current;
    if (!cy || !wrap) return;
    // In-place merges: building the sets costs one map look-up per id, even on 8,000 elements.
    const hide = cy.collection();
    const show = cy.collection();
    for (const id of hidden) {
      const e = cy.getElementById(id);
      if (e.empty() || e.hasClass('filtered')) continue;
      // Cytoscape does not draw a line whose person is hidden, so such a line needs no class of its
      // own: hiding 1,800 people then restyles 1,800 elements, not 7,000.
      if (
        e.isEdge() &&
        (hidden.has(e.data('source') as string) || hidden.has(e.data('target') as string))
      )
        continue;
      hide.merge(e);
    }
    for (const id of filtered.current) {
      if (hidden.has(id)) continue;
      const e = cy.getElementById(id);
      if (e.nonempty() && e.hasClass('filtered')) show.merge(e);
    }
    filtered.current = hidden;
    // The benchmark and tests read these: the filter applied, then the next frame drawn with it.
    const count = String(hidden.size);
    wrap.setAttribute('data-hidden-count', count);
    if (hide.length + show.length === 0) {
      wrap.setAttribute('data-hidden-drawn', count);
      return;
    }
    cy.batch(() => {
      hide.addClass('filtered');
      show.removeClass('filtered');
    });
    cy.one('render', () => wrap.setAttribute('data-hidden-drawn', count));
  }, [cyRef, wrapRef, hidden, elements, initial]);
}
