import type { Core } from 'cytoscape';
import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Mirrors a set of element ids to a class (`linked` for what is selected on the map, `changed`
 * for what changed since the last meeting). Only the elements whose mark changes are touched, so
 * a new set on a large board restyles a handful of elements, not thousands.
 */
export function useMarkedClass(
  cyRef: RefObject<Core | null>,
  className: string,
  ids: ReadonlySet<string>,
  elements: unknown,
  initial: unknown,
): void {
  const marked = useRef<ReadonlySet<string>>(new Set());
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const before = marked.current;
    cy.batch(() => {
      for (const id of before) if (!ids.has(id)) cy.getElementById(id).removeClass(className);
      // Re-added every time: an element replaced by an edit comes back without the class.
      for (const id of ids) cy.getElementById(id).addClass(className);
    });
    marked.current = ids;
  }, [cyRef, className, ids, elements, initial]);
}
