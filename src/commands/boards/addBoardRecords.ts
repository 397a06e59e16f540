import type { Draft } from '../../db/writer';
import type { Board } from '../../domain/kinds/board';
import type { AnyRecord, TableName } from '../../domain/kinds';
import { BOARD_LIST_SCOPE, type Command } from '../command';

/** Adds a whole prepared board (e.g. the training scenario) in one undoable step. */
export function addBoardRecords(
  board: Board,
  records: { table: TableName; record: AnyRecord }[],
  label: string,
): Command {
  const drafts: Draft[] = [
    { table: 'boards', id: board.id, after: board },
    ...records.map(({ table, record }) => ({ table, id: record.id, after: record })),
  ];
  return {
    name: 'addBoard',
    label,
    scope: BOARD_LIST_SCOPE,
    boardId: board.id,
    plan: () => Promise.resolve(drafts),
  };
}
