import { newBoard } from '../../domain/kinds/board';
import type { Board } from '../../domain/kinds/board';
import { BOARD_LIST_SCOPE, type Command } from '../command';

export type NewBoardFields = Pick<Board, 'title' | 'purpose' | 'owner' | 'reviewDate'> &
  Partial<Board>;

/** Creates an empty board. Purpose, owner and review date are asked for up front. */
export function createBoard(id: string, fields: NewBoardFields): Command {
  return {
    name: 'createBoard',
    label: `Create board “${fields.title}”`,
    scope: BOARD_LIST_SCOPE,
    boardId: id,
    plan: () => Promise.resolve([{ table: 'boards', id, after: newBoard(id, fields) }]),
  };
}
