import type { Core } from 'cytoscape';

/**
 * Cytoscape's layered texture cache paints every element into big layer images on the first frame
 * and again after each edit; on large boards that costs more than it saves (2,000 people: first
 * draw 1.3-1.5 s without it, 1.7-2.2 s with it). Panning has its own viewport texture
 * (`textureOnViewport`), and nodes still draw from their own cached textures. There is no public
 * option, so this reaches into the renderer; if a later Cytoscape moves it, nothing changes.
 */
export function withoutLayerCache(cy: Core): void {
  const renderer = (
    cy as unknown as { renderer?: () => { data?: { lyrTxrCache?: { getLayers?: unknown } } } }
  ).renderer?.();
  const layers = renderer?.data?.lyrTxrCache;
  if (layers && typeof layers.getLayers === 'function') layers.getLayers = () => null;
}

interface RendererInternals {
  getPixelRatio?: () => number;
}

const internals = (cy: Core): RendererInternals | undefined =>
  (cy as unknown as { renderer?: () => RendererInternals | undefined }).renderer?.();

/** The canvas's pixel ratio (1 on large boards, else the screen's); not in Cytoscape's public API. */
export function pixelRatioOf(cy: Core): number {
  return internals(cy)?.getPixelRatio?.() ?? window.devicePixelRatio ?? 1;
}
