import type { Draft } from '../../db/writer';
import { positionId } from '../../domain/kinds/position';
import { remapReferences, type AnyRecord, type TableName } from '../../domain/kinds';

/**
 * Copies a board's records under a new board id with fresh ids, keeping every reference between
 * them intact (each kind declares which of its fields hold ids). Used by "duplicate" and by adding
 * the training board (which may be added many times).
 */
export function copyRecords(
  records: { table: TableName; record: AnyRecord }[],
  newBoardId: string,
  makeId: () => string,
): Draft[] {
  const ids = new Map<string, string>();
  const mapId = (old: string) => {
    let next = ids.get(old);
    if (!next) {
      next = makeId();
      ids.set(old, next);
    }
    return next;
  };
  // First pass: every record gets its new id, so references can be rewritten in any order. The old
  // board id maps to the new one, so actions aimed at the whole board follow it.
  for (const { table, record } of records) {
    ids.set(record.boardId, newBoardId);
    if (table !== 'positions') mapId(record.id);
  }
  return records.map(({ table, record }) => {
    const copy = remapReferences(
      table,
      { ...record, boardId: newBoardId },
      (old) => ids.get(old) ?? old,
    ) as Record<string, unknown>;
    const id =
      table === 'positions'
        ? positionId(String(copy.nodeId), String(copy.diagram))
        : mapId(record.id);
    copy.id = id;
    return { table, id, after: copy as unknown as AnyRecord };
  });
}
