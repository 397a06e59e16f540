import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Board } from '../domain/kinds/board';
import type { ChangeLogEntry } from '../domain/kinds/changeLog';
import { boardContentTables, type TableName } from '../domain/kinds';
import type { BoardContent } from './boardContent';
import { boardStore, releaseBoardStore } from './boardStore';
import { db } from './database';
import { checkLoaded, type QuarantinedRecord } from './loadValidation';
import { useStoredRead } from './useStoredRead';

export interface BoardList {
  boards: Board[];
  quarantined: QuarantinedRecord[];
}

/** All boards, newest first. `undefined` while loading. */
export function useBoards(): BoardList | undefined {
  return useStoredRead(
    async () => {
      const quarantined: QuarantinedRecord[] = [];
      const boards = checkLoaded('boards', await db().boards.toArray(), quarantined);
      boards.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { boards, quarantined };
    },
    (cs) => cs.changes.some((c) => c.table === 'boards'),
    [],
  );
}

export type { BoardContent } from './boardContent';

/**
 * One board's records, validated, from the board store. `undefined` while loading, `null` when
 * the board does not exist (deleted, perhaps in another tab). Records failing validation are
 * reported in `quarantined`. Every committed change, from this tab or another, reaches it once.
 */
export function useBoardContent(boardId: string): BoardContent | null | undefined {
  const store = useMemo(() => boardStore(boardId), [boardId]);
  useEffect(() => {
    store.users++;
    return () => {
      store.users--;
      // Let a view that replaces this one (same board) take the store over before it is freed.
      setTimeout(() => releaseBoardStore(store), 0);
    };
  }, [store]);
  return useSyncExternalStore(store.subscribe, store.get);
}

/**
 * Why a board's content is null (see `useBoardContent`): its record is stored but damaged (kept
 * aside, with the problem), or null when the board is not stored at all.
 */
export function damagedBoardRecord(boardId: string): QuarantinedRecord | null {
  return boardStore(boardId).damagedRecord();
}

/** How many records of each kind a board holds: what deleting it would lose. */
export async function countBoardContent(
  boardId: string,
): Promise<Partial<Record<TableName, number>>> {
  const d = db();
  const counts: Partial<Record<TableName, number>> = {};
  await Promise.all(
    boardContentTables.map(async (t) => {
      counts[t] = await d.table(t).where('boardId').equals(boardId).count();
    }),
  );
  return counts;
}

export async function loadSetting<T>(key: string): Promise<T | undefined> {
  const row = await db().settings.get(key);
  return row?.value as T | undefined;
}

/** Device preferences are not domain data: they bypass the command bus and have no undo. */
export async function saveSetting(key: string, value: unknown): Promise<void> {
  await db().settings.put({ key, value });
}

/** The newest change-log entries of a board, newest first. */
export function useChangeLog(boardId: string, limit = 200): ChangeLogEntry[] | undefined {
  return useStoredRead(
    async () => {
      const entries = await db().changeLog.where('boardId').equals(boardId).toArray();
      return [...entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
    },
    (cs) => cs.boardId === boardId,
    [boardId, limit],
  );
}
