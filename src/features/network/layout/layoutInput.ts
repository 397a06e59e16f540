import type { LayoutInput } from '../../../adapters/cytoscape/layout/types';
import type { BoardContent } from '../../../db/queries';
import { NETWORK_DIAGRAM } from '../../../domain/kinds/position';

/**
 * What a layout needs of a board, as plain data: each person where they are stored and whether
 * pinned, and who is linked to whom. People without a stored position (from an import) start in the
 * middle of the others; a layout moves them anyway, as they cannot be pinned.
 */
export function layoutInputOf(
  content: Pick<BoardContent, 'people' | 'associations' | 'positions'>,
): LayoutInput {
  const at = new Map(
    content.positions
      .filter((p) => p.diagram === NETWORK_DIAGRAM && p.nodeKind === 'person')
      .map((p) => [p.nodeId, p]),
  );
  let sx = 0;
  let sy = 0;
  let placed = 0;
  for (const person of content.people) {
    const p = at.get(person.id);
    if (!p) continue;
    sx += p.x;
    sy += p.y;
    placed++;
  }
  const middle = placed ? { x: sx / placed, y: sy / placed } : { x: 0, y: 0 };
  return {
    nodes: content.people.map((person) => {
      const p = at.get(person.id);
      return p
        ? { id: person.id, x: p.x, y: p.y, pinned: p.pinned }
        : { id: person.id, x: middle.x, y: middle.y, pinned: false };
    }),
    edges: content.associations.map((a) => ({ source: a.fromId, target: a.toId })),
  };
}
