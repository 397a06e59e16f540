import type { AnyRecord, TableName } from './tables';

/**
 * One record's change: `before` null means created, `after` null means deleted. Change sets are
 * plain, serialisable data (no functions or library objects) so they could one day travel to other
 * devices; undo is the generic inverse, never hand-written per command.
 */
export interface RecordChange {
  table: TableName;
  id: string;
  before: AnyRecord | null;
  after: AnyRecord | null;
}
export type ChangeSet = RecordChange[];

export type ChangeOp = 'create' | 'update' | 'delete';

export function opOf(change: RecordChange): ChangeOp {
  if (change.before === null) return 'create';
  if (change.after === null) return 'delete';
  return 'update';
}

/** The change set that undoes `changes`: swapped, in reverse order. */
export function invertChangeSet(changes: ChangeSet): ChangeSet {
  return changes
    .slice()
    .reverse()
    .map((c) => ({ table: c.table, id: c.id, before: c.after, after: c.before }));
}

const keyOf = (c: { table: string; id: string }) => `${c.table}\u0000${c.id}`;

/**
 * Merges a later change set into an earlier one, as when typing coalesces into one undo step:
 * each record keeps its first `before` and its last `after`; a record created and then deleted
 * within the burst disappears altogether.
 */
export function mergeChangeSets(earlier: ChangeSet, later: ChangeSet): ChangeSet {
  const merged = new Map<string, RecordChange>();
  for (const c of earlier) merged.set(keyOf(c), { ...c });
  for (const c of later) {
    const prior = merged.get(keyOf(c));
    if (prior) prior.after = c.after;
    else merged.set(keyOf(c), { ...c });
  }
  return [...merged.values()].filter((c) => !(c.before === null && c.after === null));
}

/** A count of what a change set does, e.g. for the change log. */
export function summarise(changes: ChangeSet): { table: TableName; id: string; op: ChangeOp }[] {
  return changes.map((c) => ({ table: c.table, id: c.id, op: opOf(c) }));
}
