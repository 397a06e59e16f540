import { newPosition } from '../../domain/kinds/position';
import { positionId } from '../../domain/kinds/position';
import type { Command } from '../command';
import type { NodeMove } from './moveNodes';

/**
 * Stores where an automatic layout put people, as one undo step labelled with the layout's name
 * (e.g. "Lay out (grid)"). Built like `moveNodes`, with three checks a layout needs because it is
 * computed from what the board held a moment ago: people deleted since (perhaps in another tab) are
 * skipped, people pinned since stay where they are, and people already in place are not rewritten.
 */
export function applyLayout(boardId: string, moves: readonly NodeMove[], label: string): Command {
  return {
    name: 'applyLayout',
    label,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      // Two board-wide reads, not one per person: a layout may move thousands.
      const [people, positions] = await Promise.all([
        reader.byBoard('people', boardId),
        reader.byBoard('positions', boardId),
      ]);
      const present = new Set(people.map((p) => p.id));
      const stored = new Map(positions.map((p) => [p.id, p]));
      return moves.flatMap((m) => {
        if (!present.has(m.nodeId)) return [];
        const id = positionId(m.nodeId);
        const current = stored.get(id);
        if (current?.pinned || (current && current.x === m.x && current.y === m.y)) return [];
        const after = { ...(current ?? newPosition(boardId, m.nodeId, m.x, m.y)), x: m.x, y: m.y };
        return [{ table: 'positions' as const, id, after }];
      });
    },
  };
}
