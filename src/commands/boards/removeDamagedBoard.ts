import { runCommand, type RunResult } from '../bus';
import { BOARD_LIST_SCOPE, type Command } from '../command';
import { history } from '../history';
import { recordsOfBoard } from './boardRecords';

/**
 * Removes a board whose own record is damaged (kept aside, unreadable), with every record stored
 * under its id. It takes the board's id only: nothing of the damaged record is trusted. Run it
 * with `runRemoveDamagedBoard`, which leaves no undo step; the confirmation says so.
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

/**
 * Runs `removeDamagedBoard` and leaves no undo step: undoing would store the damaged record
 * again, which the store refuses, so Undo would only fail.
 */
export async function runRemoveDamagedBoard(boardId: string): Promise<RunResult> {
  const result = await runCommand(removeDamagedBoard(boardId));
  if (result.ok && history.peekUndo(BOARD_LIST_SCOPE)?.changes === result.changes)
    history.popUndo(BOARD_LIST_SCOPE);
  return result;
}
