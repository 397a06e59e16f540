import type { Core } from 'cytoscape';
import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Marks the nodes linked to what is selected on the map (a place's people) with the `linked`
 * class. Only the nodes whose mark changes are touched, so selecting a place on a large board
 * restyles a handful of nodes, not thousands.
 */
export function useLinkedClass(
  cyRef: RefObject<Core | null>,
  linked: ReadonlySet<string>,
  elements: unknown,
  initial: unknown,
): void {
  const marked = useRef<ReadonlySet<string>>(new Set());
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const before = marked.current;
    cy.batch(() => {
      for (const id of before) if (!linked.has(id)) cy.getElementById(id).removeClass('linked');
      // Re-added every time: an element replaced by an edit comes back without the class.
      for (const id of linked) cy.getElementById(id).addClass('linked');
    });
    marked.current = linked;
  }, [cyRef, linked, elements, initial]);
}
