import { useEffect, useRef, type RefObject } from 'react';
import type { Core } from 'cytoscape';

/**
 * Selection comes from the UI store (the people list, the keyboard); this mirrors it onto the
 * canvas. `mirroring` is set while it does, so the canvas does not report our own changes back as
 * the user's gesture. Only what was mirrored last time can need unselecting (scanning every element
 * for `:selected` costs tens of milliseconds on a large board).
 */
export function useSelectionMirror(
  cyRef: RefObject<Core | null>,
  mirroring: RefObject<boolean>,
  [people, associations, notes]: readonly (readonly string[])[],
  elements: unknown,
  initial: unknown,
): void {
  const shown = useRef<ReadonlySet<string>>(new Set());
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const want = new Set([...(people ?? []), ...(associations ?? []), ...(notes ?? [])]);
    mirroring.current = true;
    const before = shown.current;
    shown.current = want;
    cy.batch(() => {
      for (const id of before) if (!want.has(id)) cy.getElementById(id).unselect();
      for (const id of want) {
        const e = cy.getElementById(id);
        if (e.nonempty() && !e.selected()) e.select();
      }
    });
    // Select events are reported in a microtask queued during the batch; this one runs after them.
    queueMicrotask(() => {
      mirroring.current = false;
    });
  }, [cyRef, mirroring, people, associations, notes, elements, initial]);
}
