import Dexie from 'dexie';
import {
  applyChange,
  changeKey,
  diffRecord,
  isRealChange,
  summarise,
  type ChangeSet,
  type Fields,
  type RecordChange,
} from '../domain/changeSet';
import { newId } from '../domain/ids';
import {
  recordNoun,
  referencesOf,
  tableNames,
  validateRecord,
  type AnyRecord,
  type TableName,
  type TableRecords,
} from '../domain/kinds';
import type { ChangeLogEntry } from '../domain/kinds/changeLog';
import { STAMP } from '../domain/kinds/kind';
import { db, type Clock, type PeersDb } from './database';
import { ARCHIVED, refusedAsArchived } from './archivedBoard';
import { SLICE, storeChanges, storedNow } from './storedRecords';

/** Read access for a command while it plans, inside the write transaction. */
export interface Reader {
  get<T extends TableName>(table: T, id: string): Promise<TableRecords[T] | undefined>;
  byBoard<T extends TableName>(table: T, boardId: string): Promise<TableRecords[T][]>;
  byIndex<T extends TableName>(table: T, index: string, value: string): Promise<TableRecords[T][]>;
  /** The change log entries of a board newer than `version`, oldest first. */
  loggedSince(boardId: string, version: number): Promise<LoggedChange[]>;
}

/** What a command wants a record to become; `after: null` deletes it. The bus reads `before`. */
export interface Draft {
  table: TableName;
  id: string;
  after: AnyRecord | null;
  /**
   * A new record under an id the command has just made, already checked with its kind's schema
   * (`validateRecord`, the writer's own check): a CSV import reads its rows in a worker and checks
   * them there. The writer neither reads a stored copy nor validates it again (for 10,000 incidents
   * those took over a second of the page's time). It adds the record rather than puts it, so an id
   * already stored fails the whole write instead of overwriting a record.
   */
  fresh?: boolean;
}

export interface WriteMeta {
  boardId: string;
  who: string;
  /** What the user did, in their words (shown on undo and carried with the change set). */
  label: string;
  /** What the change log records, when it must differ from the label. */
  what: string;
  command: string;
  origin: 'local' | 'undo' | 'redo';
  /** The tab writing: its id goes with the change set and into the change log. */
  tab: string;
  /**
   * Keep the `createdAt` / `updatedAt` each record is given instead of stamping the time of
   * writing: records brought in from a board file keep when they were really made and last edited,
   * which is what a later merge compares ("newer edits win").
   */
  keepStamps?: boolean;
}

/**
 * Steps a lazily loaded module adds to every later write, inside its transaction: `erase`
 * (db/erasure.ts) takes deleted people out of their board's history; it returns the log's `what`.
 */
export const writeHooks: {
  erase?: (db: PeersDb, boardId: string, what: string, c: RecordChange[]) => Promise<string>;
} = {};

/** A write refused before anything was stored: invalid record or a reference that no longer exists. */
export class WriteRejected extends Error {
  constructor(
    message: string,
    readonly kind: 'validation' | 'conflict',
  ) {
    super(message);
    this.name = 'WriteRejected';
  }
}

/** A change log entry as an undo reads it: who wrote it and which fields of which records. */
export interface LoggedChange {
  version: number;
  tab: string;
  changes: ChangeLogEntry['changes'];
}

function readerFor(database: PeersDb): Reader {
  return {
    get: (table, id) => database.table_(table).get(id),
    byBoard: (table, boardId) => database.table_(table).where('boardId').equals(boardId).toArray(),
    byIndex: (table, index, value) => database.table_(table).where(index).equals(value).toArray(),
    async loggedSince(boardId, version) {
      const rows = await database.changeLog
        .where('[boardId+version]')
        .between([boardId, version + 1], [boardId, Dexie.maxKey])
        .toArray();
      return rows.map((r) => ({ version: r.version ?? 0, tab: r.tab ?? '', changes: r.changes }));
    },
  };
}

function describe(table: TableName, record: AnyRecord | Fields | null): string {
  const named = record as { displayName?: string; name?: string; title?: string } | null;
  const name = named?.displayName ?? named?.name ?? named?.title;
  return name ? `${recordNoun[table]} “${name}”` : `a ${recordNoun[table]}`;
}

/**
 * A draft made into the record to store: laid over the stored one, so fields this version of the
 * app does not know (written by a newer version) are kept; stamped; validated.
 */
function recordToStore(draft: Draft, before: Fields | null, meta: WriteMeta, now: string): Fields {
  const merged: Fields = { ...(before ?? {}), ...(draft.after as unknown as Fields) };
  if (meta.keepStamps && isStamp(merged.createdAt) && isStamp(merged.updatedAt)) {
    return validated(draft, { ...merged, id: draft.id });
  }
  // A record restored by undo or redo keeps the creation time it had.
  const createdAt =
    (before?.createdAt as string | undefined) ??
    (meta.origin === 'local' ? now : (merged.createdAt as string));
  return validated(draft, { ...merged, id: draft.id, createdAt, updatedAt: now });
}

/** A fresh draft (`Draft.fresh`) as stored: stamped as `recordToStore` would, not validated again. */
function freshRecord(draft: Draft, meta: WriteMeta, now: string): Fields {
  const record: Fields = { ...(draft.after as unknown as Fields), id: draft.id };
  if (meta.keepStamps && isStamp(record.createdAt) && isStamp(record.updatedAt)) return record;
  return { ...record, createdAt: now, updatedAt: now };
}

/** A real time given with a record (not the placeholder `STAMP` of a freshly created one). */
const isStamp = (value: unknown): boolean => typeof value === 'string' && value !== STAMP;

function validated(draft: Draft, stamped: Fields): Fields {
  const result = validateRecord(draft.table, stamped);
  if (!result.ok) {
    const first = result.problems[0]!;
    throw new WriteRejected(
      `Could not save ${describe(draft.table, stamped)}: ${first.words}`,
      'validation',
    );
  }
  return { ...stamped, ...(result.value as unknown as Fields) };
}

/**
 * Plans, validates and writes one change set in a single Dexie transaction, with its change-log
 * entry and the board's next logical version. Either all of it is stored or none of it is.
 * Returns the change set as written: field by field, with the real `before` values, which is
 * what history inverts for undo and what the board stores of every tab apply. A plan that
 * changes nothing writes nothing and takes no version.
 */
export async function writeChanges(
  plan: (reader: Reader) => Promise<Draft[]>,
  meta: WriteMeta,
  database: PeersDb = db(),
): Promise<ChangeSet> {
  const tables = [...tableNames.map((t) => database.table(t)), database.clocks];
  return database.transaction('rw', tables, async () => {
    const reader = readerFor(database);
    const drafts = await plan(reader);
    const now = new Date().toISOString();
    const changes: RecordChange[] = [];
    const seen = new Set<string>();
    const added = new Set<string>();
    const stored = new Map<string, AnyRecord>();
    let clock: Clock | undefined;
    // A slice at a time (see SLICE): each slice's reads are awaited before its records are checked.
    for (let i = 0; i < drafts.length; i += SLICE) {
      const slice = drafts.slice(i, i + SLICE);
      // The board's clock is read with the first slice: every wait here is a round trip to the
      // browser's storage, and an edit on a busy machine spends much of its time in them.
      const [read, clockNow, board] = await Promise.all([
        storedNow(
          database,
          slice.filter((d) => !(d.fresh && d.after)).map((d) => ({ table: d.table, id: d.id })),
        ),
        i === 0 ? database.clocks.get(meta.boardId) : clock,
        i === 0 ? database.boards.get(meta.boardId) : undefined,
      ]);
      clock = clockNow;
      if (refusedAsArchived(board, meta.boardId, meta.command, drafts))
        throw new WriteRejected(ARCHIVED, 'conflict');
      for (const [key, record] of read) stored.set(key, record);
      for (const draft of slice) {
        const key = `${draft.table}\u0000${draft.id}`;
        if (seen.has(key)) throw new Error(`Internal: ${draft.table} ${draft.id} planned twice`);
        seen.add(key);
        if (draft.fresh && draft.after) {
          added.add(key);
          changes.push(diffRecord(draft.table, draft.id, null, freshRecord(draft, meta, now))!);
          continue;
        }
        const before = (stored.get(key) as unknown as Fields | undefined) ?? null;
        const after = draft.after ? recordToStore(draft, before, meta, now) : null;
        const change = diffRecord(draft.table, draft.id, before, after);
        if (change && isRealChange(change)) changes.push(change);
      }
    }
    const written: ChangeSet = {
      id: newId(),
      boardId: meta.boardId,
      version: 0,
      origin: meta.origin,
      tab: meta.tab,
      who: meta.who,
      at: now,
      label: meta.label,
      changes,
    };
    if (changes.length === 0) return written;
    const what = writeHooks.erase
      ? await writeHooks.erase(database, meta.boardId, meta.what, changes)
      : meta.what;

    // A board brought in from a file brings its change log, numbered by the device it came from:
    // this write, and every later one, is numbered after the newest entry brought in.
    const broughtIn = changes.flatMap((c) =>
      c.table === 'changeLog' && c.op === 'create'
        ? [(c.after?.version as number | undefined) ?? 0]
        : [],
    );
    written.version = Math.max(clock?.version ?? 0, ...broughtIn) + 1;
    const stamp = () =>
      Promise.all([
        database.clocks.put({ boardId: meta.boardId, version: written.version }),
        database.changeLog.add({
          id: newId(),
          boardId: meta.boardId,
          createdAt: now,
          updatedAt: now,
          at: now,
          who: meta.who,
          what,
          command: meta.command,
          origin: meta.origin,
          version: written.version,
          tab: meta.tab,
          changes: summarise(changes),
        }),
      ]);

    if (changes.length <= SLICE) {
      // An edit: its records, the check of what they point at, the clock and the log entry are
      // asked for at once, and the browser's storage answers them in order. (Requests in one
      // transaction run in the order they are made, so a refused record still fails first.)
      await Promise.all([
        storeChanges(database, changes, stored, added, Infinity),
        checkReferences(database, changes, stored),
        stamp(),
      ]);
    } else {
      await storeChanges(database, changes, stored, added, SLICE);
      await checkReferences(database, changes, stored);
      await stamp();
    }
    return written;
  });
}

async function checkReferences(
  database: PeersDb,
  changes: readonly RecordChange[],
  stored: ReadonlyMap<string, AnyRecord>,
): Promise<void> {
  const live = changes.flatMap((c) => {
    if (c.op === 'delete') return [];
    const record = c.op === 'create' ? c.after : applyChange(stored.get(changeKey(c)), c);
    return record ? [{ table: c.table, record: record as unknown as AnyRecord }] : [];
  });
  // A record this same write stores is there: only references to records outside the write are
  // read back (an import's 6,000 associations point at the 2,000 people it adds alongside them).
  const written = new Set(live.map((l) => `${l.table}\u0000${l.record.id}`));
  const refs = live.map((l) => referencesOf(l.table, l.record));
  const found = await storedNow(
    database,
    refs.flat().filter((ref) => !written.has(`${ref.table}\u0000${ref.id}`)),
  );
  for (const [i, { table, record }] of live.entries()) {
    for (const ref of refs[i]!) {
      const key = `${ref.table}\u0000${ref.id}`;
      if (!written.has(key) && !found.has(key)) {
        throw new WriteRejected(
          `Could not save ${describe(table, record)}: the ${recordNoun[ref.table]} it refers to no longer exists (it may have been deleted in another tab)`,
          'conflict',
        );
      }
    }
  }
}
