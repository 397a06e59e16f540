export type Direction = 'up' | 'down' | 'left' | 'right';

const unit: Record<Direction, { x: number; y: number }> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/**
 * The linked person to move to with an arrow key: among `neighbours`, those within 60° of the
 * direction, nearest first (screen y grows downwards, as on the canvas). Null when none lies that way.
 */
export function neighbourInDirection(
  from: { x: number; y: number },
  neighbours: readonly { id: string; x: number; y: number }[],
  direction: Direction,
): string | null {
  const d = unit[direction];
  let best: { id: string; distance: number } | null = null;
  for (const n of neighbours) {
    const dx = n.x - from.x;
    const dy = n.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    // Within the cone when the cosine of the angle to the direction is at least cos(60°) = 0.5.
    if ((dx * d.x + dy * d.y) / distance < 0.5) continue;
    if (!best || distance < best.distance) best = { id: n.id, distance };
  }
  return best?.id ?? null;
}
