import { opOf, summarise, type ChangeSet, type RecordChange } from '../domain/changeSet';
import { newId } from '../domain/ids';
import {
  recordNoun,
  referencesOf,
  tableNames,
  validateRecord,
  type AnyRecord,
  type TableName,
  type TableRecords,
} from '../domain/tables';
import { db, type PeersDb } from './database';

/** Read access for a command while it plans, inside the write transaction. */
export interface Reader {
  get<T extends TableName>(table: T, id: string): Promise<TableRecords[T] | undefined>;
  byBoard<T extends TableName>(table: T, boardId: string): Promise<TableRecords[T][]>;
  byIndex<T extends TableName>(table: T, index: string, value: string): Promise<TableRecords[T][]>;
}

/** What a command wants a record to become; `after: null` deletes it. The bus reads `before`. */
export interface Draft {
  table: TableName;
  id: string;
  after: AnyRecord | null;
}

export interface WriteMeta {
  boardId: string;
  who: string;
  what: string;
  command: string;
  origin: 'do' | 'undo' | 'redo';
}

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

function readerFor(database: PeersDb): Reader {
  return {
    get: (table, id) => database.table_(table).get(id),
    byBoard: (table, boardId) => database.table_(table).where('boardId').equals(boardId).toArray(),
    byIndex: (table, index, value) => database.table_(table).where(index).equals(value).toArray(),
  };
}

function describe(table: TableName, record: AnyRecord | null): string {
  const named = record as { displayName?: string; name?: string; title?: string } | null;
  const name = named?.displayName ?? named?.name ?? named?.title;
  return name ? `${recordNoun[table]} “${name}”` : `a ${recordNoun[table]}`;
}

/**
 * Plans, validates and writes one change set in a single Dexie transaction, with its change-log
 * entry. Either all of it is stored or none of it is. Returns the change set as written (with the
 * real `before` values and timestamps), which is what history inverts for undo.
 */
export async function writeChanges(
  plan: (reader: Reader) => Promise<Draft[]>,
  meta: WriteMeta,
  database: PeersDb = db(),
): Promise<ChangeSet> {
  const tables = [...tableNames.map((t) => database.table(t))];
  return database.transaction('rw', tables, async () => {
    const reader = readerFor(database);
    const drafts = await plan(reader);
    const now = new Date().toISOString();
    const changes: RecordChange[] = [];
    const seen = new Set<string>();
    const stored = await storedNow(
      database,
      drafts.map((d) => ({ table: d.table, id: d.id })),
    );
    for (const draft of drafts) {
      const key = `${draft.table}\u0000${draft.id}`;
      if (seen.has(key)) throw new Error(`Internal: ${draft.table} ${draft.id} planned twice`);
      seen.add(key);
      const before = stored.get(key) ?? null;
      if (before === null && draft.after === null) continue;
      let after: AnyRecord | null = null;
      if (draft.after) {
        // A record restored by undo or redo keeps the creation time it had.
        const createdAt = before?.createdAt ?? (meta.origin === 'do' ? now : draft.after.createdAt);
        const stamped = { ...draft.after, id: draft.id, createdAt, updatedAt: now };
        const result = validateRecord(draft.table, stamped);
        if (!result.ok) {
          const first = result.problems[0]!;
          throw new WriteRejected(
            `Could not save ${describe(draft.table, stamped)}: ${first.message}${first.field ? ` (${first.field})` : ''}`,
            'validation',
          );
        }
        after = result.value;
      }
      changes.push({ table: draft.table, id: draft.id, before, after });
    }
    if (changes.length === 0) return changes;

    for (const table of new Set(changes.map((c) => c.table))) {
      const mine = changes.filter((c) => c.table === table);
      const puts = mine.flatMap((c) => (c.after ? [c.after] : []));
      const deletes = mine.filter((c) => c.after === null).map((c) => c.id);
      if (deletes.length) await database.table(table).bulkDelete(deletes);
      if (puts.length) await database.table(table).bulkPut(puts);
    }

    await checkReferences(database, changes);

    await database.changeLog.add({
      id: newId(),
      boardId: meta.boardId,
      createdAt: now,
      updatedAt: now,
      at: now,
      who: meta.who,
      what: meta.what,
      command: meta.command,
      origin: meta.origin,
      changes: summarise(changes),
    });
    return changes;
  });
}

/**
 * The stored records for a list of (table, id), keyed `table\0id`, read with one request per table:
 * a layout or an import writes thousands of records, and one read each took seconds.
 */
async function storedNow(
  database: PeersDb,
  refs: readonly { table: TableName; id: string }[],
): Promise<Map<string, AnyRecord>> {
  const byTable = new Map<TableName, Set<string>>();
  for (const r of refs) {
    const ids = byTable.get(r.table) ?? new Set<string>();
    ids.add(r.id);
    byTable.set(r.table, ids);
  }
  const out = new Map<string, AnyRecord>();
  for (const [table, idSet] of byTable) {
    const ids = [...idSet];
    const rows = (await database.table(table).bulkGet(ids)) as (AnyRecord | undefined)[];
    rows.forEach((row, i) => {
      if (row) out.set(`${table}\u0000${ids[i]}`, row);
    });
  }
  return out;
}

async function checkReferences(database: PeersDb, changes: ChangeSet): Promise<void> {
  const live = changes.filter((c) => c.after && opOf(c) !== 'delete');
  const found = await storedNow(
    database,
    live.flatMap((c) => referencesOf(c.table, c.after!)),
  );
  for (const change of live) {
    for (const ref of referencesOf(change.table, change.after!)) {
      if (!found.has(`${ref.table}\u0000${ref.id}`)) {
        throw new WriteRejected(
          `Could not save ${describe(change.table, change.after)}: the ${recordNoun[ref.table]} it refers to no longer exists (it may have been deleted in another tab)`,
          'conflict',
        );
      }
    }
  }
}
