import type { Draft } from '../../db/writer';
import { positionId } from '../../domain/records/position';
import type { AnyRecord, TableName } from '../../domain/tables';

/** Fields that hold the id of another record, per table; rewritten when a board is copied. */
const idFields: Partial<Record<TableName, string[]>> = {
  associations: ['fromId', 'toId'],
  memberships: ['groupId', 'personId'],
  placeLinks: ['placeId', 'subjectId'],
  incidents: ['placeId'],
  actions: ['targetId', 'meetingId'],
  positions: ['nodeId'],
  snapshots: ['meetingId'],
};

/**
 * Copies a board's records under a new board id with fresh ids, keeping every reference between
 * them intact. Used by "duplicate" and by adding the training board (which may be added many times).
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
    const copy: Record<string, unknown> = { ...record, boardId: newBoardId };
    for (const field of idFields[table] ?? []) {
      const v = copy[field];
      if (typeof v === 'string') copy[field] = ids.get(v) ?? v;
    }
    if (table === 'incidents') {
      const inc = copy as { involved?: { personId: string; role: string }[] };
      inc.involved = inc.involved?.map((i) => ({
        ...i,
        personId: ids.get(i.personId) ?? i.personId,
      }));
    }
    if (table === 'annotations') {
      const a = copy as { attachedTo?: { kind: string; id: string } | null };
      if (a.attachedTo)
        a.attachedTo = { ...a.attachedTo, id: ids.get(a.attachedTo.id) ?? a.attachedTo.id };
    }
    if (table === 'meetings') {
      const m = copy as { agenda?: { id: string }[]; decisions?: { itemId: string }[] };
      m.agenda = m.agenda?.map((i) => ({ ...i, id: ids.get(i.id) ?? i.id }));
      m.decisions = m.decisions?.map((d) => ({ ...d, itemId: ids.get(d.itemId) ?? d.itemId }));
    }
    const id =
      table === 'positions'
        ? positionId(String(copy.nodeId), String(copy.diagram))
        : mapId(record.id);
    copy.id = id;
    return { table, id, after: copy as unknown as AnyRecord };
  });
}
