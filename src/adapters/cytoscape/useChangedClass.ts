import type { Core } from 'cytoscape';
import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Marks what changed since the last meeting with the `changed` class. Like the linked mark, only
 * elements whose mark changes are touched, and the class is put back on elements an edit replaced.
 */
export function useChangedClass(
  cyRef: RefObject<Core | null>,
  changed: ReadonlySet<string>,
  elements: unknown,
  initial: unknown,
): void {
  const marked = useRef<ReadonlySet<string>>(new Set());
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const before = marked.current;
    cy.batch(() => {
      for (const id of before) if (!changed.has(id)) cy.getElementById(id).removeClass('changed');
      for (const id of changed) cy.getElementById(id).addClass('changed');
    });
    marked.current = changed;
  }, [cyRef, changed, elements, initial]);
}
