import { basemapFileId } from '../../basemap';
import { boardContentTables, remapReferences, type TableName } from '../../kinds';
import type { Board } from '../../kinds/board';
import { positionId } from '../../kinds/position';
import type { Snapshot } from '../../kinds/snapshot';
import type { BoardRecords, TableRecord } from './format';

const isContentTable = (name: string): name is TableName =>
  (boardContentTables as string[]).includes(name);

/**
 * A board from a file as a new board beside the one already here ("Add as a copy"): every record
 * with a fresh id and every reference between them following (each kind declares its references),
 * the records inside meeting snapshots too, so "What changed" still compares like with like. The
 * change log is left out, as when a board is duplicated: its entries name the original's records.
 */
export function copyBoard(
  incoming: BoardRecords,
  newBoardId: string,
  title: string,
  makeId: () => string,
): BoardRecords {
  const ids = new Map<string, string>([[incoming.board.id, newBoardId]]);
  for (const { table, record } of incoming.records)
    if (table !== 'positions' && table !== 'changeLog') ids.set(record.id, makeId());
  const map = (old: string) => ids.get(old) ?? old;

  const copyRow = <R extends { id: string }>(table: TableName, row: R): R => {
    // Snapshot rows are plain copies, so rows are handled as any record of their table.
    const moved = remapReferences(
      table,
      { ...row, boardId: newBoardId } as never,
      map,
    ) as unknown as R & {
      nodeId?: string;
      diagram?: string;
    };
    const id =
      table === 'positions' ? positionId(String(moved.nodeId), moved.diagram) : map(row.id);
    return { ...moved, id };
  };

  const records: TableRecord[] = incoming.records.flatMap(({ table, record }) => {
    if (table === 'changeLog') return [];
    let copy = copyRow(table, record);
    if (table === 'snapshots') {
      const snapshot = copy as Snapshot;
      const tables = Object.fromEntries(
        Object.entries(snapshot.tables).map(([t, rows]) => [
          t,
          isContentTable(t)
            ? rows.map((row) =>
                typeof row.id === 'string' ? copyRow(t, row as { id: string }) : row,
              )
            : rows,
        ]),
      );
      copy = { ...snapshot, tables };
    }
    return [{ table, record: copy }];
  });

  const board = remapReferences(
    'boards',
    { ...incoming.board, id: newBoardId, boardId: newBoardId, title },
    map,
  );
  // A basemap whose file is not in the file becomes the plain grid, never another board's file.
  const fileId = basemapFileId(board.basemap);
  const hasFile = records.some((r) => r.table === 'basemapFiles' && r.record.id === fileId);
  const basemap: Board['basemap'] = fileId === null || hasFile ? board.basemap : { kind: 'none' };
  return { board: { ...board, basemap }, records };
}
