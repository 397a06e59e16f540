import { newPosition } from '../../domain/kinds/position';
import { positionId } from '../../domain/kinds/position';
import type { Command } from '../command';

export interface NodeMove {
  nodeId: string;
  /** People unless said otherwise; places have positions too when shown in the network. */
  nodeKind?: 'person' | 'place';
  x: number;
  y: number;
}

/** Stores where nodes were dropped (or where a layout put them) as one undo step. */
export function moveNodes(
  boardId: string,
  moves: readonly NodeMove[],
  label = 'Move',
  coalesceKey?: string,
): Command {
  return {
    name: 'moveNodes',
    label:
      moves.length === 1
        ? label
        : `${label} ${moves.length} ${moves.every((m) => m.nodeKind === 'place') ? 'places' : 'people'}`,
    scope: boardId,
    boardId,
    coalesceKey,
    plan: async (reader) =>
      Promise.all(
        moves.map(async (m) => {
          const id = positionId(m.nodeId);
          const current = (await reader.get('positions', id)) ?? {
            ...newPosition(boardId, m.nodeId, m.x, m.y),
            nodeKind: m.nodeKind ?? 'person',
          };
          return { table: 'positions' as const, id, after: { ...current, x: m.x, y: m.y } };
        }),
      ),
  };
}
