import { useLiveQuery } from 'dexie-react-hooks';
import type { Association } from '../domain/records/association';
import type { Board } from '../domain/records/board';
import type { ChangeLogEntry } from '../domain/records/changeLog';
import type { Group, Membership } from '../domain/records/group';
import type { Person } from '../domain/records/person';
import type { DiagramPosition } from '../domain/records/position';
import { boardContentTables, type TableName } from '../domain/tables';
import { db } from './database';
import { checkLoaded, type QuarantinedRecord } from './loadValidation';

export interface BoardList {
  boards: Board[];
  quarantined: QuarantinedRecord[];
}

/** All boards, newest first. `undefined` while loading. */
export function useBoards(): BoardList | undefined {
  return useLiveQuery(async () => {
    const quarantined: QuarantinedRecord[] = [];
    const boards = checkLoaded('boards', await db().boards.toArray(), quarantined);
    boards.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { boards, quarantined };
  }, []);
}

/** What the network view needs of one board. */
export interface BoardContent {
  board: Board;
  people: Person[];
  associations: Association[];
  groups: Group[];
  memberships: Membership[];
  positions: DiagramPosition[];
  quarantined: QuarantinedRecord[];
}

/**
 * One board's records, validated. `undefined` while loading, `null` when the board does not exist
 * (deleted, perhaps in another tab). Records failing validation are reported in `quarantined`;
 * associations to a person kept aside are left out too, so the diagram never draws a dangling line.
 */
export function useBoardContent(boardId: string): BoardContent | null | undefined {
  return useLiveQuery(async () => {
    const d = db();
    const [board, people, associations, groups, memberships, positions] = await Promise.all([
      d.boards.get(boardId),
      d.people.where('boardId').equals(boardId).toArray(),
      d.associations.where('boardId').equals(boardId).toArray(),
      d.groups.where('boardId').equals(boardId).toArray(),
      d.memberships.where('boardId').equals(boardId).toArray(),
      d.positions.where('boardId').equals(boardId).toArray(),
    ]);
    if (!board) return null;
    const quarantined: QuarantinedRecord[] = [];
    const [goodBoard] = checkLoaded('boards', [board], quarantined);
    if (!goodBoard) return null;
    const goodPeople = checkLoaded('people', people, quarantined);
    const personIds = new Set(goodPeople.map((p) => p.id));
    const goodAssociations = checkLoaded('associations', associations, quarantined).filter(
      (a) => personIds.has(a.fromId) && personIds.has(a.toId),
    );
    return {
      board: goodBoard,
      people: goodPeople,
      associations: goodAssociations,
      groups: checkLoaded('groups', groups, quarantined),
      memberships: checkLoaded('memberships', memberships, quarantined),
      positions: checkLoaded('positions', positions, quarantined),
      quarantined,
    };
  }, [boardId]);
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
  return useLiveQuery(async () => {
    const entries = await db().changeLog.where('boardId').equals(boardId).toArray();
    return [...entries].sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
  }, [boardId, limit]);
}
