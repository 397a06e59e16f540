import type { Board } from '../../domain/kinds/board';
import { WriteRejected } from '../../db/writer';
import type { Command } from '../command';

type BoardPatch = Partial<Omit<Board, 'id' | 'boardId' | 'createdAt' | 'updatedAt'>>;

/** Changes a board's own fields (title, purpose, owner, dates, policies). */
export function updateBoard(
  board: Board,
  patch: BoardPatch,
  scope: string,
  label?: string,
): Command {
  const fields = Object.keys(patch).sort().join(',');
  return {
    name: 'updateBoard',
    label:
      label ??
      (patch.title !== undefined
        ? `Rename board to “${patch.title}”`
        : `Edit board “${board.title}”`),
    scope,
    boardId: board.id,
    coalesceKey: `board:${board.id}:${fields}`,
    plan: async (reader) => {
      const current = await reader.get('boards', board.id);
      if (!current)
        throw new WriteRejected(
          'This board no longer exists (deleted in another tab?)',
          'conflict',
        );
      return [{ table: 'boards', id: board.id, after: { ...current, ...patch } }];
    },
  };
}
