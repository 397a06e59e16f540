import { newPosition } from '../../domain/kinds/position';
import { positionId } from '../../domain/kinds/position';
import type { Command } from '../command';

export interface PinTarget {
  nodeId: string;
  name: string;
  /** Where the person is drawn, used only if no position has been stored for them yet. */
  x: number;
  y: number;
}

/**
 * Pins people where they are (automatic layouts then leave them alone) or unpins them, as one undo
 * step. People already in that state, or deleted meanwhile, are left out; if nobody changes, the
 * command writes nothing and leaves no undo step.
 */
export function setPinned(
  boardId: string,
  targets: readonly PinTarget[],
  pinned: boolean,
): Command {
  const verb = pinned ? 'Pin' : 'Unpin';
  const who = targets.length === 1 ? targets[0]!.name : `${targets.length} people`;
  return {
    name: 'setPinned',
    label: `${verb} ${who}`,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const drafts = await Promise.all(
        targets.map(async (t) => {
          const id = positionId(t.nodeId);
          const [person, current] = await Promise.all([
            reader.get('people', t.nodeId),
            reader.get('positions', id),
          ]);
          if (!person || person.boardId !== boardId || current?.pinned === pinned) return [];
          const after = { ...(current ?? newPosition(boardId, t.nodeId, t.x, t.y)), pinned };
          return [{ table: 'positions' as const, id, after }];
        }),
      );
      return drafts.flat();
    },
  };
}
