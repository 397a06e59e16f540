import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import type { TableName, TableRecords } from '../domain/tables';
import { db } from './database';
import { checkLoaded, type QuarantinedRecord } from './loadValidation';
import {
  committedSeq,
  sameVersions,
  withCommittedRows,
  type Committed,
  type StoredRows,
} from './recentCommits';

const NONE: QuarantinedRecord[] = [];

// Board reads under way, so the benchmark can start its next command only once the page is idle.
let readsUnderWay = 0;
let waiting: (() => void)[] = [];

/** Resolves once no live read of board records is under way (and its result has been handed on). */
export function boardReadsSettled(): Promise<void> {
  return readsUnderWay === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

function readEnded(): void {
  readsUnderWay--;
  if (readsUnderWay > 0 || waiting.length === 0) return;
  const done = waiting;
  waiting = [];
  setTimeout(() => done.forEach((resolve) => resolve()), 0);
}

export interface BoardRows<T extends TableName> {
  rows: TableRecords[T][];
  quarantined: QuarantinedRecord[];
}

/**
 * One table's records of a board, validated, as a live query. Each table is its own query, so a
 * write re-reads only the tables it touched (adding a person leaves the thousands of associations
 * alone). What this tab has committed since a read began is shown on top of it (`commits`), and a
 * re-read that only confirms what is shown keeps the same array, so views need not render again.
 * `undefined` while loading. For `boards`, the board itself (none when it does not exist).
 */
export function useBoardRows<T extends TableName>(
  table: T,
  boardId: string,
  commits: readonly Committed[],
): BoardRows<T> | undefined {
  const stored = useLiveQuery(async () => {
    const readFrom = committedSeq();
    const d = db();
    readsUnderWay++;
    let found: unknown[];
    try {
      found =
        table === 'boards'
          ? [await d.boards.get(boardId)].filter((b) => b !== undefined)
          : await d.table_(table).where('boardId').equals(boardId).toArray();
    } finally {
      readEnded();
    }
    const quarantined: QuarantinedRecord[] = [];
    const rows = checkLoaded(table, found as TableRecords[T][], quarantined);
    return { boardId, rows, readFrom, quarantined: quarantined.length > 0 ? quarantined : NONE };
  }, [table, boardId]);
  // Until the new board is read, the hook still holds the last board's rows: never mix the two.
  const current = stored?.boardId === boardId ? stored : undefined;
  const shown = useMemo(
    () =>
      current && withCommittedRows(table, boardId, current as StoredRows<TableRecords[T]>, commits),
    [current, table, boardId, commits],
  );
  const rows = useSameWhileUnchanged(shown);
  const quarantined = current?.quarantined;
  return useMemo(
    () => (rows && quarantined ? { rows, quarantined } : undefined),
    [rows, quarantined],
  );
}

/** The previous array for as long as the new one holds the same versions of the same records. */
function useSameWhileUnchanged<R extends { id: string; updatedAt: string }>(
  rows: R[] | undefined,
): R[] | undefined {
  const last = useRef(rows);
  if (rows !== last.current && !(rows && last.current && sameVersions(last.current, rows)))
    last.current = rows;
  return last.current;
}
