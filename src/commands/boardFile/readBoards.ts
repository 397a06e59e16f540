import { db } from '../../db/database';
import { checkLoaded, type QuarantinedRecord } from '../../db/loadValidation';
import { boardContentTables, tableNames, type AnyRecord } from '../../domain/kinds';
import type { Board } from '../../domain/kinds/board';
import type { BoardRecords, TableRecord } from '../../domain/formats/boardFile/format';

/** A stored board with every record on it (change log and basemap files too), as a file holds it. */
export interface StoredBoard extends BoardRecords {
  /** Records that fail their schema: kept aside here, and left out of a file (it would not open). */
  leftOut: QuarantinedRecord[];
}

async function recordsOf(board: Board, leftOut: QuarantinedRecord[]): Promise<TableRecord[]> {
  const d = db();
  const lists = await Promise.all(
    boardContentTables.map(async (table) => {
      const rows = await d.table(table).where('boardId').equals(board.id).toArray();
      return checkLoaded(table, rows as never[], leftOut).map((record: AnyRecord) => ({
        table,
        record,
      }));
    }),
  );
  return lists.flat();
}

/**
 * Boards as stored, read in one transaction so a file never holds half of an edit made meanwhile
 * in another tab. `ids` null reads every board ("Back up every board").
 */
export async function readStoredBoards(ids: readonly string[] | null): Promise<StoredBoard[]> {
  const d = db();
  return d.transaction(
    'r',
    tableNames.map((t) => d.table(t)),
    async () => {
      const leftOutBoards: QuarantinedRecord[] = [];
      const rows = ids === null ? await d.boards.toArray() : await d.boards.bulkGet([...ids]);
      const boards = checkLoaded(
        'boards',
        rows.filter((b): b is Board => b !== undefined),
        leftOutBoards,
      );
      return Promise.all(
        boards.map(async (board) => {
          const leftOut: QuarantinedRecord[] = [];
          return { board, records: await recordsOf(board, leftOut), leftOut };
        }),
      );
    },
  );
}

/** One stored board with everything on it, or null when it is not on this device. */
export async function readStoredBoard(boardId: string): Promise<StoredBoard | null> {
  return (await readStoredBoards([boardId]))[0] ?? null;
}

/**
 * How many of a file's records have an id already used here by a record not of that board (`own`:
 * the keys, `table\0id`, of the board's records stored here, if it is here). Ids are the records'
 * keys in the store, so such a board can only come in as a copy, with fresh ids. Only keys are
 * read, a table at a time: fetching each of a large board's ten thousand records by id took
 * half a second.
 */
export async function idsTakenElsewhere(
  incoming: BoardRecords,
  own: ReadonlySet<string> = new Set(),
): Promise<number> {
  const d = db();
  const byTable = new Map<string, string[]>();
  for (const { table, record } of incoming.records) {
    const ids = byTable.get(table) ?? [];
    ids.push(record.id);
    byTable.set(table, ids);
  }
  let taken = 0;
  for (const [table, ids] of byTable) {
    const stored = new Set((await d.table(table).toCollection().primaryKeys()) as string[]);
    taken += ids.filter((id) => stored.has(id) && !own.has(`${table}\u0000${id}`)).length;
  }
  return taken;
}
