import type { RecordChange } from '../domain/changeSet';
import { namesOf, snapshotTablesWithout, withoutNames } from '../domain/erasure';
import type { Person } from '../domain/kinds/person';
import type { PeersDb } from './database';

/**
 * Erasure of deleted people from the stored history of their board (issue 14 item 3), run by the
 * writer inside the deleting write's own transaction, so the deletion and the erasure are stored
 * together or not at all:
 * - every change-log entry of the board has the person's names replaced by "Removed person" in
 *   what it says was done (the entries hold ids, ops, field names, who and when, never values, so
 *   that is the only text that named them), including the deleting write's own entry;
 * - every meeting snapshot of the board has the person, and every record deleted with them
 *   (associations, place links, notes pinned to them), blanked of names and notes.
 *
 * Why at the delete and not later: the issue says deleting removes the text, and a later moment
 * (when the undo step is dropped) may never come if the tab is closed. Undo still works: the undo
 * step holds the deleted records in this tab's memory, so undoing the deletion brings the person
 * back whole; the history they had before stays erased (the log keeps that they were removed and
 * restored, by whom and when). Any write that deletes a person erases, whatever its origin: the
 * Delete key, a merge, or undoing the person's creation.
 *
 * A board's own deletion needs none of this: its change log and snapshots are deleted with it.
 */
// changeSet's changeKey, spelled out: importing it here made the bundler split that module into a
// chunk of its own, one more script before the first board.
const changeKey = (c: { table: string; id: string }) => `${c.table}\u0000${c.id}`;

export async function eraseDeletedPeople(
  database: PeersDb,
  boardId: string,
  what: string,
  changes: readonly RecordChange[],
): Promise<string> {
  const people = changes.filter((c) => c.table === 'people' && c.op === 'delete' && c.before);
  if (people.length === 0) return what;
  const deleted = new Set(changes.filter((c) => c.op === 'delete').map(changeKey));
  if (deleted.has(changeKey({ table: 'boards', id: boardId }))) return what;
  // Log entries or snapshots this write itself changes are left to it (it stores them after this).
  const written = new Set(changes.map(changeKey));
  const names = [...new Set(people.flatMap((c) => namesOf(c.before as unknown as Person)))].sort(
    (a, b) => b.length - a.length,
  );

  const [log, snapshots] = await Promise.all([
    database.changeLog.where('boardId').equals(boardId).toArray(),
    database.snapshots.where('boardId').equals(boardId).toArray(),
  ]);
  const scrubbed = log.flatMap((entry) => {
    if (written.has(changeKey({ table: 'changeLog', id: entry.id }))) return [];
    const said = withoutNames(entry.what, names);
    return said === entry.what ? [] : [{ ...entry, what: said }];
  });
  const blanked = snapshots.flatMap((snapshot) => {
    if (written.has(changeKey({ table: 'snapshots', id: snapshot.id }))) return [];
    const tables = snapshotTablesWithout(snapshot.tables, deleted);
    return tables ? [{ ...snapshot, tables }] : [];
  });
  await Promise.all([
    scrubbed.length > 0 ? database.changeLog.bulkPut(scrubbed) : null,
    blanked.length > 0 ? database.snapshots.bulkPut(blanked) : null,
  ]);
  return withoutNames(what, names);
}
