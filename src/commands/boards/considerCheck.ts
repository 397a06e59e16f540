import { WriteRejected } from '../../db/writer';
import type { Command } from '../command';
import { currentUserName } from '../identity';

/**
 * Marks a contextual check "considered: not applicable" with the group's reason, kept on the board
 * (and printed in the meeting pack). An empty reason is refused: the point is to record why.
 */
export function considerCheck(
  boardId: string,
  key: string,
  reason: string,
  title: string,
): Command {
  const why = reason.trim();
  return {
    name: 'considerCheck',
    label: `Mark check considered: ${title}`,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      if (!why)
        throw new WriteRejected('Give a reason why this check does not apply', 'validation');
      const board = await reader.get('boards', boardId);
      if (!board)
        throw new WriteRejected(
          'This board no longer exists (deleted in another tab?)',
          'conflict',
        );
      const considered = [
        ...board.considered.filter((c) => c.key !== key),
        { key, reason: why, by: currentUserName(), at: new Date().toISOString() },
      ];
      return [{ table: 'boards', id: boardId, after: { ...board, considered } }];
    },
  };
}

/** Reopens a considered check, so it is listed as open again. */
export function reopenCheck(boardId: string, key: string, title: string): Command {
  return {
    name: 'reopenCheck',
    label: `Reopen check: ${title}`,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const board = await reader.get('boards', boardId);
      if (!board)
        throw new WriteRejected(
          'This board no longer exists (deleted in another tab?)',
          'conflict',
        );
      const considered = board.considered.filter((c) => c.key !== key);
      if (considered.length === board.considered.length) return [];
      return [{ table: 'boards', id: boardId, after: { ...board, considered } }];
    },
  };
}
