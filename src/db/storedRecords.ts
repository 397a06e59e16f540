import { applyChange, changeKey, type RecordChange } from '../domain/changeSet';
import type { AnyRecord, TableName } from '../domain/kinds';
import type { PeersDb } from './database';

// The writer's round trips to storage (writer.ts): reading the stored records a write builds on,
// and storing what it wrote. Every call runs inside the writer's one transaction.

/**
 * How many records are read or written at once inside a write's transaction. Each IndexedDB
 * request is made (and its record cloned) on the page's thread, so 10,000 at once (an import of a
 * year of incidents) held the page for over a second. Awaiting each slice lets the browser paint
 * and handle input between them; every slice is in the one transaction, so the write is still all
 * or nothing. A write of fewer records than this runs as it did before slicing. 500 keeps each
 * slice's work well under 200 ms on a busy two-core machine.
 */
export const SLICE = 500;

/**
 * Stores the written records, table by table, `slice` at a time (each slice awaited before the
 * next: see SLICE); with `Infinity`, every table's requests are made at once.
 */
export async function storeChanges(
  database: PeersDb,
  changes: readonly RecordChange[],
  stored: ReadonlyMap<string, AnyRecord>,
  added: ReadonlySet<string>,
  slice: number,
): Promise<void> {
  const tables = [...new Set(changes.map((c) => c.table))].map((table) => async () => {
    const mine = changes.filter((c) => c.table === table);
    const adds = mine.filter((c) => added.has(changeKey(c))).map((c) => c.after);
    const puts = mine.flatMap((c) => {
      if (c.op === 'delete' || added.has(changeKey(c))) return [];
      return [c.op === 'create' ? c.after : applyChange(stored.get(changeKey(c)), c)];
    });
    const deletes = mine.filter((c) => c.op === 'delete').map((c) => c.id);
    const store = database.table(table);
    for (let i = 0; i < deletes.length; i += slice)
      await store.bulkDelete(deletes.slice(i, i + slice));
    for (let i = 0; i < puts.length; i += slice) await store.bulkPut(puts.slice(i, i + slice));
    for (let i = 0; i < adds.length; i += slice) await store.bulkAdd(adds.slice(i, i + slice));
  });
  if (slice === Infinity) await Promise.all(tables.map((write) => write()));
  else for (const write of tables) await write();
}

/**
 * The stored records for a list of (table, id), keyed `table\0id`, read with one request per table:
 * a layout or an import writes thousands of records, and one read each took seconds.
 */
export async function storedNow(
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
  const readTable = async ([table, idSet]: [TableName, Set<string>]) => {
    const all = [...idSet];
    for (let at = 0; at < all.length; at += SLICE) {
      const ids = all.slice(at, at + SLICE);
      const rows = (await database.table(table).bulkGet(ids)) as (AnyRecord | undefined)[];
      rows.forEach((row, i) => {
        if (row) out.set(`${table}\u0000${ids[i]}`, row);
      });
    }
  };
  // A few records (an edit): every table's request at once. Many: a slice at a time (see SLICE).
  if (refs.length <= SLICE) await Promise.all([...byTable].map(readTable));
  else for (const entry of byTable) await readTable(entry);
  return out;
}
