import { BOARD_LIST_SCOPE, type Command } from '../command';
import { recordsOfBoard } from './boardRecords';

/**
 * Removes a board whose own record is damaged (kept aside, unreadable), with every record stored
 * under its id. It takes the board's id only: nothing of the damaged record is trusted. An undo
 * would have to store the damaged record again, which the store refuses, so the confirmation says
 * it cannot be undone.
 */
export function removeDamagedBoard(boardId: string): Command {
  return {
    name: 'removeDamagedBoard',
    label: 'Remove a damaged board',
    audit: 'Removed a damaged board and everything stored with it',
    scope: BOARD_LIST_SCOPE,
    boardId,
    plan: async (reader) => {
      const content = await recordsOfBoard(reader, boardId, { includeLog: true });
      return [
        ...content.map(({ table, record }) => ({ table, id: record.id, after: null })),
        { table: 'boards' as const, id: boardId, after: null },
      ];
    },
  };
}
