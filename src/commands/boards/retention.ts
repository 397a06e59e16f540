import { WriteRejected, type Reader } from '../../db/writer';
import { formatDate } from '../../domain/dates';
import type { Board } from '../../domain/kinds/board';
import { extensionProblem } from '../../domain/retention';
import type { Command } from '../command';

async function storedBoard(reader: Reader, id: string): Promise<Board> {
  const current = await reader.get('boards', id);
  if (!current)
    throw new WriteRejected('This board no longer exists (deleted in another tab?)', 'conflict');
  return current;
}

/**
 * Keeps a board past its retention date: a later date and the reason, which the change log keeps
 * (the board's history shows why it was kept). Undoable.
 */
export function extendRetention(
  board: Board,
  until: string,
  reason: string,
  scope: string,
): Command {
  const why = reason.trim();
  return {
    name: 'extendRetention',
    label: `Keep “${board.title}” until ${formatDate(until)}`,
    audit: `Kept until ${formatDate(until)}. Reason: ${why}`,
    scope,
    boardId: board.id,
    plan: async (reader) => {
      const problem = extensionProblem(until, why);
      if (problem) throw new WriteRejected(problem, 'validation');
      const current = await storedBoard(reader, board.id);
      return [{ table: 'boards', id: board.id, after: { ...current, retentionDate: until } }];
    },
  };
}

/**
 * Archives a board (read only, out of the main list) or restores it. The writer refuses every
 * other write to an archived board (db/writer.ts), so restoring is the way back. Undoable.
 */
export function setArchived(board: Board, archived: boolean, scope: string): Command {
  return {
    name: archived ? 'archiveBoard' : 'restoreBoard',
    label: `${archived ? 'Archive' : 'Restore'} “${board.title}”`,
    audit: archived ? 'Archived the board (read only)' : 'Restored the board from the archive',
    scope,
    boardId: board.id,
    plan: async (reader) => {
      const current = await storedBoard(reader, board.id);
      return [{ table: 'boards', id: board.id, after: { ...current, archived } }];
    },
  };
}
