import { PERSON_LABEL } from './style';

/**
 * The zoom and pan that fit a set of node positions into a box. Computed from the model rather than
 * with `cy.fit()`, which measures every element (labels, edge curves) and costs about a second on a
 * board of 2,000 people.
 */
export function fitViewport(
  points: readonly { x: number; y: number }[],
  width: number,
  height: number,
  { padding = 60, maxZoom = 1.4, minZoom = 0.05, nodeRadius = 40 } = {},
): { zoom: number; pan: { x: number; y: number } } {
  if (points.length === 0 || width <= 0 || height <= 0) return { zoom: 1, pan: { x: 0, y: 0 } };
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  // Room for the node itself and its label below it.
  x1 -= nodeRadius;
  x2 += nodeRadius;
  y1 -= nodeRadius;
  y2 += nodeRadius * 1.6;
  const zoom = Math.max(
    minZoom,
    Math.min(maxZoom, (width - 2 * padding) / (x2 - x1), (height - 2 * padding) / (y2 - y1)),
  );
  return {
    zoom,
    pan: { x: (width - zoom * (x1 + x2)) / 2, y: (height - zoom * (y1 + y2)) / 2 },
  };
}

/** The smallest on-screen size, in CSS pixels, at which a projector audience can read a name. */
export const LEGIBLE_NAME_PX = 14;
/** The zoom at which people's names (17 model units) are drawn at `LEGIBLE_NAME_PX`. */
export const LEGIBLE_ZOOM = LEGIBLE_NAME_PX / PERSON_LABEL.size;

/** How much of what was asked for a legible view shows: everyone, the item's people, or all small. */
export type LegibleFit = 'all' | 'item' | 'small';

/**
 * The view for an agenda step or a focus, legible on a projector: everyone shown if they fit at a
 * zoom where names are readable; else the item's own people at that zoom (their neighbours may run
 * off the edge); else, when even they do not fit, all of them smaller (nothing is cut off, and
 * `small` says so).
 */
export function legibleViewport(
  item: readonly { x: number; y: number }[],
  shown: readonly { x: number; y: number }[],
  width: number,
  height: number,
  legible = LEGIBLE_ZOOM,
): { zoom: number; pan: { x: number; y: number }; fit: LegibleFit } {
  const all = fitViewport(shown.length > 0 ? shown : item, width, height);
  if (all.zoom >= legible) return { ...all, fit: 'all' };
  const own = fitViewport(item, width, height);
  if (own.zoom < legible) return { ...own, fit: 'small' };
  // The item's people at the legible zoom, centred where the fit would centre them.
  const centre = { x: (width / 2 - own.pan.x) / own.zoom, y: (height / 2 - own.pan.y) / own.zoom };
  return {
    zoom: legible,
    pan: { x: width / 2 - legible * centre.x, y: height / 2 - legible * centre.y },
    fit: 'item',
  };
}

/**
 * The zoom and pan that show the model box `box` whole and centred in a canvas of `width` ×
 * `height`: after the canvas is resized, the people who were in view stay in view.
 */
export function viewportForBox(
  box: { x1: number; y1: number; x2: number; y2: number },
  width: number,
  height: number,
  { minZoom = 0.05, maxZoom = 4 } = {},
): { zoom: number; pan: { x: number; y: number } } {
  const w = Math.max(box.x2 - box.x1, 1e-6);
  const h = Math.max(box.y2 - box.y1, 1e-6);
  const zoom = Math.max(minZoom, Math.min(maxZoom, width / w, height / h));
  return {
    zoom,
    pan: {
      x: width / 2 - (zoom * (box.x1 + box.x2)) / 2,
      y: height / 2 - (zoom * (box.y1 + box.y2)) / 2,
    },
  };
}
