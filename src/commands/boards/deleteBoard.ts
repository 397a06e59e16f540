import type { Board } from '../../domain/kinds/board';
import { BOARD_LIST_SCOPE, type Command } from '../command';
import { recordsOfBoard } from './boardRecords';

/** Deletes a board and everything on it, including its change log. Undoable in this tab. */
export function deleteBoard(board: Board): Command {
  return {
    name: 'deleteBoard',
    label: `Delete board “${board.title}”`,
    // The deletion's own log entry outlives the board, so it does not repeat the board's title.
    audit: 'Deleted a board and everything on it',
    scope: BOARD_LIST_SCOPE,
    boardId: board.id,
    plan: async (reader) => {
      const content = await recordsOfBoard(reader, board.id, { includeLog: true });
      return [
        ...content.map(({ table, record }) => ({ table, id: record.id, after: null })),
        { table: 'boards' as const, id: board.id, after: null },
      ];
    },
  };
}
