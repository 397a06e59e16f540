import { diffRecord, isRealChange } from '../../changeSet';
import type { AnyRecord, TableName } from '../../kinds';
import type { ChangeLogEntry } from '../../kinds/changeLog';
import type { Person } from '../../kinds/person';
import { changeLogBroughtIn } from './changeLogBroughtIn';
import { copyBoard } from './copyBoard';
import type { BoardRecords, TableRecord } from './format';

/**
 * What opening a board of a file does to this device. `add`: the board is not here, and comes in
 * as it is. For a board already here: `replace` (the board becomes the file's), `merge` (records
 * matched by id, the later `updatedAt` wins, records only here stay, records only in the file
 * come in) or `copy` (a new board beside it, every id fresh).
 */
export type OpenChoice = 'add' | 'replace' | 'merge' | 'copy';

/** A record to write (`after`) or delete (`after: null`): a command's draft. */
export interface RecordPut {
  table: TableName;
  id: string;
  after: AnyRecord | null;
}

export interface KindCounts {
  added: number;
  changed: number;
  removed: number;
}

/** What a choice will change, shown before it is confirmed, and the writes that do it. */
export interface OpenPlan {
  choice: OpenChoice;
  /** The board written: the file's id, or a fresh one for a copy. */
  boardId: string;
  title: string;
  /** Counts by table, the board's own record under `boards`; the change log is counted apart. */
  counts: Partial<Record<TableName, KindCounts>>;
  people: { added: Person[]; changed: Person[]; removed: Person[] };
  /** Change-log entries brought in (renumbered after this device's, on a replace or merge). */
  logBroughtIn: number;
  /** The change log is not brought in (a copy). */
  logLeftOut: boolean;
  puts: RecordPut[];
}

const keyOf = (table: TableName, id: string) => `${table}\u0000${id}`;

function emptyPlan(choice: OpenChoice, board: BoardRecords['board']): OpenPlan {
  return {
    choice,
    boardId: board.id,
    title: board.title,
    counts: {},
    people: { added: [], changed: [], removed: [] },
    logBroughtIn: 0,
    logLeftOut: false,
    puts: [],
  };
}

function count(plan: OpenPlan, table: TableName, what: keyof KindCounts, record: AnyRecord): void {
  const counts = (plan.counts[table] ??= { added: 0, changed: 0, removed: 0 });
  counts[what]++;
  if (table === 'people') plan.people[what].push(record as Person);
}

/** Whether writing `after` over `before` changes anything but the stamps (as the writer judges). */
function differs(table: TableName, before: AnyRecord, after: AnyRecord): boolean {
  const change = diffRecord(table, after.id, before, after);
  return change !== null && isRealChange(change);
}

const withBoard = ({ board, records }: BoardRecords): TableRecord[] => [
  { table: 'boards', record: board },
  ...records,
];

/** Everything in the file comes in as it is: the board is not on this device. */
function addPlan(incoming: BoardRecords): OpenPlan {
  const plan = emptyPlan('add', incoming.board);
  for (const { table, record } of withBoard(incoming)) {
    plan.puts.push({ table, id: record.id, after: record });
    if (table === 'changeLog') plan.logBroughtIn++;
    else count(plan, table, 'added', record);
  }
  return plan;
}

function copyPlan(incoming: BoardRecords, newBoardId: string, makeId: () => string): OpenPlan {
  const title = `Copy of ${incoming.board.title}`.slice(0, 120);
  const copy = copyBoard(incoming, newBoardId, title, makeId);
  return {
    ...addPlan(copy),
    choice: 'copy',
    logLeftOut: incoming.records.some((r) => r.table === 'changeLog'),
  };
}

/** Replace or merge: the file's records laid over this device's, by id. */
function overlayPlan(
  choice: 'replace' | 'merge',
  incoming: BoardRecords,
  here: BoardRecords,
): OpenPlan {
  const plan = emptyPlan(choice, incoming.board);
  const local = new Map<string, AnyRecord>();
  const localLog: ChangeLogEntry[] = [];
  for (const { table, record } of withBoard(here)) {
    if (table === 'changeLog') localLog.push(record as ChangeLogEntry);
    else local.set(keyOf(table, record.id), record);
  }
  const fileLog: ChangeLogEntry[] = [];
  const inFile = new Set<string>();
  for (const { table, record } of withBoard(incoming)) {
    if (table === 'changeLog') {
      fileLog.push(record as ChangeLogEntry);
      continue;
    }
    inFile.add(keyOf(table, record.id));
    const mine = local.get(keyOf(table, record.id));
    if (!mine) {
      plan.puts.push({ table, id: record.id, after: record });
      count(plan, table, 'added', record);
      continue;
    }
    // A merge takes the file's record only when it was edited later than this device's.
    const wins = choice === 'replace' || record.updatedAt > mine.updatedAt;
    if (wins && differs(table, mine, record)) {
      plan.puts.push({ table, id: record.id, after: record });
      count(plan, table, 'changed', record);
    }
  }
  if (choice === 'replace') {
    for (const { table, record } of here.records) {
      if (table === 'changeLog' || inFile.has(keyOf(table, record.id))) continue;
      plan.puts.push({ table, id: record.id, after: null });
      count(plan, table, 'removed', record);
    }
  }
  for (const entry of changeLogBroughtIn(localLog, fileLog)) {
    plan.puts.push({ table: 'changeLog', id: entry.id, after: entry });
    plan.logBroughtIn++;
  }
  return plan;
}

/** Ids for a copy: its board's, and a maker of fresh ones for its records. */
export interface CopyIds {
  boardId: string;
  makeId: () => string;
}

/**
 * The plan for opening `incoming` as `choice`; `here` is the board as stored on this device (with
 * its change log), for a replace or merge. Pure: the preview shows it, the command writes it.
 */
export function planOpen(
  choice: OpenChoice,
  incoming: BoardRecords,
  here: BoardRecords | null,
  copyIds?: CopyIds,
): OpenPlan {
  switch (choice) {
    case 'add':
      return addPlan(incoming);
    case 'copy':
      if (!copyIds) throw new Error('Internal: a copy needs new ids');
      return copyPlan(incoming, copyIds.boardId, copyIds.makeId);
    case 'replace':
    case 'merge':
      if (!here) throw new Error(`Internal: nothing here to ${choice}`);
      return overlayPlan(choice, incoming, here);
  }
}
