import type { ChangeSet, RecordChange } from '../domain/changeSet';
import type { TableName } from '../domain/tables';

/**
 * Change sets this tab has committed, numbered in commit order. A live query re-reads a whole board
 * after every write (half a second on a board of thousands); showing what this tab has just written
 * need not wait for it. The stored records stay the truth: the re-read replaces what is shown here,
 * and edits from other tabs still arrive only through it.
 */
export interface Committed {
  seq: number;
  changes: ChangeSet;
}

// Enough for any read in flight: a board is re-read in well under a second, far fewer commits.
const KEEP = 64;
let lastSeq = 0;
let recent: readonly Committed[] = [];
const listeners = new Set<() => void>();

/** Called by the command bus once a transaction has committed, with the change set as written. */
export function announceCommitted(changes: ChangeSet): void {
  if (changes.length === 0) return;
  recent = [...recent.slice(1 - KEEP), { seq: ++lastSeq, changes }];
  for (const listener of listeners) listener();
}

/** The number of the last change set announced. A read started now sees all of them. */
export function committedSeq(): number {
  return lastSeq;
}

/** The latest change sets committed in this tab, oldest first; a new array after each commit. */
export function recentCommits(): readonly Committed[] {
  return recent;
}

export function subscribeToCommits(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A stored record as far as this module cares: its id and the version stamped on every write. */
export type Versioned = { id: string; updatedAt: string };

/** One table's records of a board as read from storage (already validated). */
export interface StoredRows<R extends Versioned> {
  rows: R[];
  /** `committedSeq()` when the read began: change sets after it may be missing from it. */
  readFrom: number;
}

function boardOf(change: RecordChange): string | undefined {
  const r = (change.after ?? change.before) as { id: string; boardId?: string } | null;
  return change.table === 'boards' ? r?.id : r?.boardId;
}

// ISO timestamps sort as text; every write stamps a new one.
const newer = (a: Versioned, b: Versioned) => a.updatedAt > b.updatedAt;

/**
 * One table's rows of a board with the change sets committed after the read began applied on top,
 * in commit order. Each record ends as the last change left it, unless the read holds that version
 * or a newer one (the read saw the commit after all, or another tab changed the record since).
 * Returns the stored rows themselves when nothing changes; unchanged records keep their identity.
 */
export function withCommittedRows<R extends Versioned>(
  table: TableName,
  boardId: string,
  stored: StoredRows<R>,
  pending: readonly Committed[],
): R[] {
  let index: Map<string, R> | undefined;
  const find = (id: string) => {
    index ??= new Map(stored.rows.map((r) => [r.id, r]));
    return index.get(id);
  };
  const puts = new Map<string, R>();
  const deletes = new Set<string>();
  for (const committed of pending) {
    if (committed.seq <= stored.readFrom) continue;
    for (const c of committed.changes) {
      if (c.table !== table || boardOf(c) !== boardId) continue;
      const found = find(c.id);
      const after = c.after as R | null;
      const before = c.before as R | null;
      puts.delete(c.id);
      deletes.delete(c.id);
      if (after) {
        if (!found || newer(after, found)) puts.set(c.id, after);
      } else if (found && !(before && newer(found, before))) {
        deletes.add(c.id);
      }
    }
  }
  if (puts.size === 0 && deletes.size === 0) return stored.rows;
  const rows: R[] = [];
  for (const r of stored.rows) {
    if (deletes.has(r.id)) continue;
    const replacement = puts.get(r.id);
    rows.push(replacement ?? r);
    puts.delete(r.id);
  }
  rows.push(...puts.values());
  return rows;
}

/** Whether two lists hold the same versions of the same records, in any order. */
export function sameVersions(a: readonly Versioned[], b: readonly Versioned[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const versions = new Map(a.map((r) => [r.id, r.updatedAt]));
  return b.every((r) => versions.get(r.id) === r.updatedAt);
}
