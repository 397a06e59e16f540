import type { TableName } from './kinds';

/**
 * Where a committed change came from, as seen by the tab that receives it: this user's own edit,
 * this user's undo or redo, another tab on this device, or (later) a participant on another laptop.
 */
export type Origin = 'local' | 'undo' | 'redo' | 'otherTab' | 'remote';

/** A record's fields as plain data. */
export type Fields = Record<string, unknown>;

export type ChangeOp = 'create' | 'update' | 'delete';

/**
 * One record's change, field by field. A create holds the whole new record in `after`; a delete
 * holds the whole removed record in `before`; an update holds only the fields it changed, old
 * values in `before` and new in `after` (a field missing on one side did not exist there). Two
 * people editing different fields of one record therefore never clobber each other, and undo
 * touches only what its user changed.
 */
export interface RecordChange {
  table: TableName;
  id: string;
  op: ChangeOp;
  before: Fields | null;
  after: Fields | null;
}

/**
 * One committed write, as it travels: to this tab's board store, to other tabs, and one day to
 * other devices. Plain, serialisable data (no functions or library objects). `version` is the
 * board's logical clock: every committed change set of a board has the next number, assigned in
 * the same transaction that writes it, so every tab applies them in one order.
 */
export interface ChangeSet {
  id: string;
  boardId: string;
  version: number;
  origin: Origin;
  /** The tab that wrote it; a tab knows its own writes by this. */
  tab: string;
  who: string;
  /** When it was written (ISO): shown to people, never used to order changes. */
  at: string;
  label: string;
  changes: RecordChange[];
}

/** Fields every write stamps: never conflicts, never undone (the writer stamps them afresh). */
export const metaFields: ReadonlySet<string> = new Set(['id', 'boardId', 'createdAt', 'updatedAt']);

export const changeKey = (c: { table: string; id: string }) => `${c.table}\u0000${c.id}`;
export const fieldKey = (table: string, id: string, field: string) =>
  `${table}\u0000${id}\u0000${field}`;

/** Structural equality of plain data (records are JSON-like: no dates, maps or cycles). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ao = a as Fields;
  const bo = b as Fields;
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  const bKeys = Object.keys(bo).filter((k) => bo[k] !== undefined);
  return keys.length === bKeys.length && keys.every((k) => sameValue(ao[k], bo[k]));
}

/**
 * The change from `before` to `after` (whole records, null for none), or null when nothing
 * differs. An update lists only the fields that differ.
 */
export function diffRecord(
  table: TableName,
  id: string,
  before: Fields | null,
  after: Fields | null,
): RecordChange | null {
  if (before === null && after === null) return null;
  if (before === null) return { table, id, op: 'create', before: null, after };
  if (after === null) return { table, id, op: 'delete', before, after: null };
  const b: Fields = {};
  const a: Fields = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (sameValue(before[key], after[key])) continue;
    if (key in before) b[key] = before[key];
    if (key in after) a[key] = after[key];
  }
  return Object.keys(a).length + Object.keys(b).length === 0
    ? null
    : { table, id, op: 'update', before: b, after: a };
}

/** The fields a change touches, leaving out the stamps every write makes. */
export function changedFields(change: RecordChange): string[] {
  if (change.op !== 'update') return [];
  const keys = new Set([...Object.keys(change.before ?? {}), ...Object.keys(change.after ?? {})]);
  return [...keys].filter((k) => !metaFields.has(k));
}

/** Whether an update changes anything beyond the stamps. */
export const isRealChange = (c: RecordChange): boolean =>
  c.op !== 'update' || changedFields(c).length > 0;

/** A record as the change leaves it (undefined: it does not exist). */
export function applyChange(record: Fields | undefined, change: RecordChange): Fields | undefined {
  if (change.op === 'delete') return undefined;
  if (change.op === 'create') return change.after ?? undefined;
  if (!record) return undefined;
  const next: Fields = { ...record, ...change.after };
  for (const key of Object.keys(change.before ?? {}))
    if (!(key in (change.after ?? {}))) delete next[key];
  return next;
}

/** The change that takes one back: create and delete swap, an update swaps its fields. */
export function invertChange(c: RecordChange): RecordChange {
  const op: ChangeOp = c.op === 'create' ? 'delete' : c.op === 'delete' ? 'create' : 'update';
  return { table: c.table, id: c.id, op, before: c.after, after: c.before };
}

/** The changes that take a list back: each inverted, in reverse order. */
export function invertChanges(changes: readonly RecordChange[]): RecordChange[] {
  return changes.slice().reverse().map(invertChange);
}

/**
 * One change with the same effect as `first` followed by `second` on the same record, or null
 * when they cancel out (created then deleted).
 */
function composeChange(first: RecordChange, second: RecordChange): RecordChange | null {
  const { table, id } = first;
  if (first.op === 'create') {
    if (second.op === 'delete') return null;
    return { table, id, op: 'create', before: null, after: applyChange(first.after!, second)! };
  }
  if (first.op === 'delete') {
    // Deleted, then made again: an update from the first record to the second.
    return second.op === 'create' ? diffRecord(table, id, first.before, second.after) : first;
  }
  if (second.op === 'delete') {
    // The record as it was before `first`: the deleted record with first's old fields put back.
    const whole = applyChange(second.before!, invertChange(first))!;
    return { table, id, op: 'delete', before: whole, after: null };
  }
  if (second.op === 'create') return second;
  const before: Fields = { ...second.before, ...first.before };
  const after: Fields = { ...first.after, ...second.after };
  // A field the second change removed is gone after both.
  for (const key of Object.keys(second.before ?? {}))
    if (!(key in (second.after ?? {}))) delete after[key];
  // Only fields that end differently from how they began are still changes.
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (sameValue(before[key], after[key])) {
      delete before[key];
      delete after[key];
    }
  }
  return { table, id, op: 'update', before, after };
}

/**
 * Composes a later list of changes into an earlier one, as when typing coalesces into one undo
 * step: one change per record, in the order records were first touched.
 */
export function composeChanges(
  earlier: readonly RecordChange[],
  later: readonly RecordChange[],
): RecordChange[] {
  const merged = new Map<string, RecordChange | null>();
  for (const c of earlier) merged.set(changeKey(c), c);
  for (const c of later) {
    const key = changeKey(c);
    const prior = merged.get(key);
    merged.set(key, prior ? composeChange(prior, c) : c);
  }
  return [...merged.values()].filter((c): c is RecordChange => c !== null && isRealChange(c));
}

/** Why part of an undo (or redo) could not be applied. */
export interface Conflict {
  table: TableName;
  id: string;
  reason: 'deleted' | 'changed' | 'exists';
  /** For `changed`: the fields someone else has changed since. */
  fields: string[];
  /** The record as this user's change knew it, for naming it in a message. */
  record: Fields | null;
}

/** What a rebase needs to know about now: the stored record, and who else touched which field. */
export interface RebaseContext {
  current(table: TableName, id: string): Fields | undefined;
  /** True when a change by another writer, newer than the step being undone, touched the field. */
  touchedByOthers(table: TableName, id: string, field: string): boolean;
}

/**
 * Rebases `toApply` (the inverse of an undo step, or a redo step) over what has happened since:
 * each field is applied only if it still holds what this user left there and nobody else has
 * touched it since; the rest is reported as conflicts. Deleting a record deletes it as it is now.
 */
export function rebase(
  toApply: readonly RecordChange[],
  ctx: RebaseContext,
): { changes: RecordChange[]; conflicts: Conflict[] } {
  const changes: RecordChange[] = [];
  const conflicts: Conflict[] = [];
  for (const c of toApply) {
    const now = ctx.current(c.table, c.id);
    if (c.op === 'create') {
      if (now) conflicts.push({ ...c, reason: 'exists', fields: [], record: c.after });
      else changes.push(c);
      continue;
    }
    if (c.op === 'delete') {
      // Already gone: nothing to take back, and nothing worth a message.
      if (now) changes.push({ ...c, before: now });
      continue;
    }
    if (!now) {
      conflicts.push({ ...c, reason: 'deleted', fields: [], record: c.before });
      continue;
    }
    const before: Fields = {};
    const after: Fields = {};
    const lost: string[] = [];
    for (const field of changedFields(c)) {
      const expected = c.before?.[field];
      if (ctx.touchedByOthers(c.table, c.id, field) || !sameValue(now[field], expected)) {
        lost.push(field);
        continue;
      }
      if (field in (c.before ?? {})) before[field] = expected;
      if (field in (c.after ?? {})) after[field] = c.after![field];
    }
    if (lost.length > 0)
      conflicts.push({ ...c, reason: 'changed', fields: lost, record: { ...now } });
    if (Object.keys(before).length + Object.keys(after).length > 0)
      changes.push({ table: c.table, id: c.id, op: 'update', before, after });
  }
  return { changes, conflicts };
}

/** A count of what a change set does, e.g. for the change log: which fields, never their values. */
export function summarise(
  changes: readonly RecordChange[],
): { table: TableName; id: string; op: ChangeOp; fields?: string[] }[] {
  return changes.map((c) =>
    c.op === 'update'
      ? { table: c.table, id: c.id, op: c.op, fields: changedFields(c) }
      : { table: c.table, id: c.id, op: c.op },
  );
}
