import type { Reader } from '../db/writer';
import { changeKey, type RecordChange } from '../domain/changeSet';
import { referencesOf, type AnyRecord, type TableName } from '../domain/tables';

/** Which tables hold records that must point at a record of a table (see `referencesOf`). */
const referrers: Partial<Record<TableName, TableName[]>> = {
  people: ['associations', 'memberships', 'placeLinks', 'positions'],
  groups: ['memberships', 'placeLinks', 'positions'],
  places: ['placeLinks', 'positions'],
  meetings: ['snapshots'],
};

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
  const tables = new Set(
    changes.filter((c) => c.op === 'delete').flatMap((c) => referrers[c.table] ?? []),
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
