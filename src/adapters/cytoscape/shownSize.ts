import type { Core } from 'cytoscape';

/**
 * The diagram's size as last seen on screen. While the network is hidden (the Map view), Cytoscape
 * resizes itself to 0 × 0 after a moment (its own ResizeObserver), so `cy.width()` and
 * `cy.extent()` no longer say what the chair was looking at, and a zoom computed from them (a
 * meeting step, Focus, Fit) would be nonsense when the network comes back. Every viewport sum in
 * the adapter uses this size instead.
 */
const lastShown = new WeakMap<Core, { width: number; height: number }>();

/** Called whenever the diagram's box is seen with a size (useContainerResize). */
export function rememberShownSize(cy: Core, width: number, height: number): void {
  if (width > 0 && height > 0) lastShown.set(cy, { width, height });
}

export function shownSize(cy: Core): { width: number; height: number } {
  const width = cy.width();
  const height = cy.height();
  return lastShown.get(cy) ?? { width, height };
}

/** The part of the diagram (model coordinates) in view, or that was when it was last shown. */
export function shownExtent(cy: Core): { x1: number; y1: number; x2: number; y2: number } {
  const { width, height } = shownSize(cy);
  const zoom = cy.zoom();
  const { x, y } = cy.pan();
  return { x1: -x / zoom, y1: -y / zoom, x2: (width - x) / zoom, y2: (height - y) / zoom };
}
