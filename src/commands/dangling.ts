import type { Reader } from '../db/writer';
import { changeKey, type RecordChange } from '../domain/changeSet';
import { referencesOf, referrersOf, type AnyRecord } from '../domain/kinds';

/**
 * The records that `changes` would leave pointing at nothing: those referring to a record it
 * deletes that are not deleted with it (a link another tab drew to someone whose creation is being
 * undone). Returned as deletions, whole, so a redo puts them back.
 */
export async function danglingAfter(
  reader: Reader,
  boardId: string,
  changes: readonly RecordChange[],
): Promise<RecordChange[]> {
  const gone = new Set(changes.filter((c) => c.op === 'delete').map(changeKey));
  // A board's deletion is not followed here: deleting a board plans everything on it itself
  // (deleteBoard), and what is on a board is not read through again on every undo of its creation.
  const tables = new Set(
    changes
      .filter((c) => c.op === 'delete' && c.table !== 'boards')
      .flatMap((c) => referrersOf(c.table)),
  );
  const found: RecordChange[] = [];
  for (const table of tables) {
    for (const record of (await reader.byBoard(table, boardId)) as AnyRecord[]) {
      const key = changeKey({ table, id: record.id });
      if (gone.has(key)) continue;
      if (referencesOf(table, record).some((ref) => gone.has(changeKey(ref)))) {
        gone.add(key);
        found.push({
          table,
          id: record.id,
          op: 'delete',
          before: record,
          after: null,
        });
      }
    }
  }
  return found;
}
