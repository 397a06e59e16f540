/**
 * A free spot for a new node near `near`, so pressing N several times never stacks people on top
 * of each other: walks outwards in rings of candidate spots until one is clear of every node.
 */
export function freeSpotNear(
  near: { x: number; y: number },
  occupied: readonly { x: number; y: number }[],
  spacing = 110,
): { x: number; y: number } {
  const clear = (p: { x: number; y: number }) =>
    occupied.every(
      (o) => Math.abs(o.x - p.x) >= spacing * 0.8 || Math.abs(o.y - p.y) >= spacing * 0.8,
    );
  const start = { x: Math.round(near.x), y: Math.round(near.y) };
  if (clear(start)) return start;
  for (let ring = 1; ring <= 30; ring++) {
    for (let i = 0; i < ring * 8; i++) {
      const angle = (i / (ring * 8)) * Math.PI * 2;
      const p = {
        x: Math.round(start.x + Math.cos(angle) * ring * spacing),
        y: Math.round(start.y + Math.sin(angle) * ring * spacing),
      };
      if (clear(p)) return p;
    }
  }
  return { x: start.x + spacing, y: start.y + spacing };
}
