import type { Core } from 'cytoscape';
import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * People sized by a measure: each size goes into the node's `size` data, which the stylesheet
 * draws as its width and height while the node has the `sized` class (a class, as removing data
 * does not restyle a node). It runs again after every patch: an edit can replace an element.
 */
export function useSizedBy(
  cyRef: RefObject<Core | null>,
  sizes: ReadonlyMap<string, number>,
  elements: unknown,
  initial: unknown,
): void {
  const sized = useRef<ReadonlyMap<string, number>>(new Map());
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const before = sized.current;
    cy.batch(() => {
      for (const id of before.keys())
        if (!sizes.has(id)) cy.getElementById(id).removeClass('sized');
      for (const [id, size] of sizes) {
        // Someone not drawn (yet) is an empty collection: both are no-ops on it.
        const node = cy.getElementById(id);
        if (node.data('size') !== size) node.data('size', size);
        node.addClass('sized');
      }
    });
    sized.current = sizes;
  }, [cyRef, sizes, elements, initial]);
}
