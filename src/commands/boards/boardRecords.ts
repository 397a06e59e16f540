import type { Reader } from '../../db/writer';
import { boardContentTables, type AnyRecord, type TableName } from '../../domain/kinds';

/** Every record belonging to a board, table by table (change log excluded unless asked). */
export async function recordsOfBoard(
  reader: Reader,
  boardId: string,
  { includeLog = false } = {},
): Promise<{ table: TableName; record: AnyRecord }[]> {
  const tables = boardContentTables.filter((t) => includeLog || t !== 'changeLog');
  const lists = await Promise.all(tables.map((t) => reader.byBoard(t, boardId)));
  return tables.flatMap((t, i) => (lists[i] ?? []).map((record) => ({ table: t, record: record })));
}
