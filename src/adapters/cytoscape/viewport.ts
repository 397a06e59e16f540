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
