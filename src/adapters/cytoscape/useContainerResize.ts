import type { Core } from 'cytoscape';
import { useEffect, type RefObject } from 'react';

/**
 * Cytoscape only notices window resizes. The network shares the screen with the map, and moving
 * the split (or hiding and showing the network) resizes its box without one, which would leave
 * the canvas stretched and clicks landing in the wrong place.
 */
export function useContainerResize(
  cyRef: RefObject<Core | null>,
  wrapRef: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const box = wrapRef.current;
    if (!box) return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const cy = cyRef.current;
        if (cy && box.clientWidth > 0 && box.clientHeight > 0) cy.resize();
      });
    });
    observer.observe(box);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [cyRef, wrapRef]);
}
