import { newId } from '../../domain/ids';
import type { Board } from '../../domain/kinds/board';
import { BOARD_LIST_SCOPE, type Command } from '../command';
import { recordsOfBoard } from './boardRecords';
import { copiedBasemap } from './copyBasemap';
import { copyRecords } from './copyRecords';

/** Copies a board with everything on it (not its change log) under a new title. */
export function duplicateBoard(board: Board, newBoardId: string, title: string): Command {
  return {
    name: 'duplicateBoard',
    label: `Duplicate board “${board.title}”`,
    scope: BOARD_LIST_SCOPE,
    boardId: newBoardId,
    plan: async (reader) => {
      const content = await recordsOfBoard(reader, board.id);
      const copied = copyRecords(content, newBoardId, newId);
      const basemap = copiedBasemap(board.basemap, content, copied);
      const copy = { ...board, id: newBoardId, boardId: newBoardId, title, basemap };
      return [{ table: 'boards' as const, id: newBoardId, after: copy }, ...copied];
    },
  };
}
