/** Room for one person on the diagram: the same step the generated boards use. */
export const GRID_STEP = 140;

/**
 * Spots for `count` new people in a square grid to the right of everyone already on the diagram,
 * so an import never lands on top of the board as drawn. The chair can lay them out after.
 */
export function gridSpots(
  existing: readonly { x: number; y: number }[],
  count: number,
): { x: number; y: number }[] {
  let x0 = 0;
  let y0 = 0;
  if (existing.length > 0) {
    x0 = Math.max(...existing.map((p) => p.x)) + 2 * GRID_STEP;
    y0 = Math.min(...existing.map((p) => p.y));
  }
  const cols = Math.max(1, Math.ceil(Math.sqrt(count)));
  return Array.from({ length: count }, (_, i) => ({
    x: x0 + (i % cols) * GRID_STEP,
    y: y0 + Math.floor(i / cols) * GRID_STEP,
  }));
}
