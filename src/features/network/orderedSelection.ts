/**
 * Keeps the order in which things were selected (the first person picked is the "from" of a link),
 * since Cytoscape reports selected elements in drawing order.
 */
export function mergeInOrder(previous: readonly string[], now: readonly string[]): string[] {
  const nowSet = new Set(now);
  const kept = previous.filter((id) => nowSet.has(id));
  const keptSet = new Set(kept);
  return [...kept, ...now.filter((id) => !keptSet.has(id))];
}
