import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';
import { rememberShownSize, shownExtent, shownSize } from './shownSize';
import { viewportForBox } from './viewport';

/**
 * Cytoscape only notices window resizes. The network shares the screen with the map, and moving
 * the split (or hiding and showing the network) resizes its box without one, which would leave
 * the canvas stretched and clicks landing in the wrong place.
 *
 * A resize keeps the same people in view: the part of the diagram shown before the first resize of
 * a run is fitted, centred, into each new size (Network → Network and map halves the zoom, and going
 * back restores it). A pan or zoom by the user starts a new run. While the network is hidden (Map),
 * what it last showed is kept (shownSize.ts), however long the map stays up.
 */
export function useContainerResize(
  cyRef: RefObject<Core | null>,
  wrapRef: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const box = wrapRef.current;
    if (!box) return;
    let frame = 0;
    let kept: { x1: number; y1: number; x2: number; y2: number } | null = null;
    let adjusting = false;
    let watched: Core | null = null;
    // The box's size when last seen: Cytoscape's own idea of its size goes to 0 while hidden.
    let seen: { width: number; height: number } | null = null;
    const forget = () => {
      if (!adjusting) kept = null;
    };
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const cy = cyRef.current;
        const width = box.clientWidth;
        const height = box.clientHeight;
        if (!cy || width === 0 || height === 0) return;
        if (watched !== cy) {
          watched?.off('viewport', forget);
          cy.on('viewport', forget);
          watched = cy;
          seen = shownSize(cy);
        }
        const same = seen !== null && seen.width === width && seen.height === height;
        // The extent is taken at the size it was last shown at, before this resize.
        if (!kept && !same) kept = shownExtent(cy);
        seen = { width, height };
        rememberShownSize(cy, width, height);
        cy.resize();
        if (!kept || same) return;
        adjusting = true;
        cy.viewport(viewportForBox(kept, width, height));
        adjusting = false;
      });
    });
    observer.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      watched?.off('viewport', forget);
    };
  }, [cyRef, wrapRef]);
}
