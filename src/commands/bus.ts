import { invertChangeSet, type ChangeSet, type RecordChange } from '../domain/changeSet';
import { requestPersistentStorage } from '../db/open';
import { announceCommitted } from '../db/recentCommits';
import { describeStorageError, reportStorageProblem } from '../db/problems';
import { writeChanges, WriteRejected, type Draft, type Reader, type WriteMeta } from '../db/writer';
import { useStatus } from '../state/statusStore';
import type { Command } from './command';
import { history, type HistoryEntry } from './history';
import { currentUserName } from './identity';

/**
 * Views show what was written at once rather than after their re-read of the whole board. They are
 * told a few microtasks later: the command's caller resumes first (its commit time stays the bus's
 * own), and what it does next, such as selecting a new person, still lands in the same frame.
 */
function announceToViews(changes: ChangeSet): void {
  queueMicrotask(() => queueMicrotask(() => queueMicrotask(() => announceCommitted(changes))));
}

export type RunResult = { ok: true; changes: ChangeSet } | { ok: false; message: string };

/** Written by the bus so that tests and benchmarks can time command → commit. */
async function write(plan: (r: Reader) => Promise<Draft[]>, meta: WriteMeta): Promise<RunResult> {
  const status = useStatus.getState();
  status.startSave();
  try {
    const changes = await writeChanges(plan, meta);
    announceToViews(changes);
    useStatus.getState().endSave(true);
    if (changes.length > 0) requestPersistentStorage();
    return { ok: true, changes };
  } catch (err) {
    const message = err instanceof WriteRejected ? err.message : describeStorageError(err).message;
    if (!(err instanceof WriteRejected)) reportStorageProblem(describeStorageError(err));
    useStatus.getState().endSave(false, message);
    return { ok: false, message };
  }
}

/**
 * Runs a command: plan, validate and write in one transaction, then record one undo step.
 * Resolves once the transaction has committed (or been refused, with a plain-words message).
 */
export async function runCommand(command: Command): Promise<RunResult> {
  const result = await write((r) => command.plan(r), {
    boardId: command.boardId,
    who: currentUserName(),
    what: command.audit ?? command.label,
    command: command.name,
    origin: 'do',
  });
  if (result.ok && result.changes.length > 0) {
    history.record({
      label: command.label,
      scope: command.scope,
      boardId: command.boardId,
      coalesceKey: command.coalesceKey,
      at: Date.now(),
      changes: result.changes,
    });
  }
  return result;
}

/**
 * Plans the application of a stored change set against what is stored now. A record changed here
 * but deleted since (in another tab) is skipped rather than brought back.
 */
function planApply(changes: ChangeSet, skipped: RecordChange[]) {
  return async (reader: Reader): Promise<Draft[]> => {
    const drafts: Draft[] = [];
    for (const c of changes) {
      const current = await reader.get(c.table, c.id);
      if (c.after === null) {
        if (current) drafts.push({ table: c.table, id: c.id, after: null });
        continue;
      }
      if (c.before !== null && !current) {
        skipped.push(c);
        continue;
      }
      drafts.push({ table: c.table, id: c.id, after: c.after });
    }
    return drafts;
  };
}

async function replay(entry: HistoryEntry, direction: 'undo' | 'redo'): Promise<RunResult> {
  const toApply = direction === 'undo' ? invertChangeSet(entry.changes) : entry.changes;
  const skipped: RecordChange[] = [];
  const verb = direction === 'undo' ? 'Undo' : 'Redo';
  const result = await write(planApply(toApply, skipped), {
    boardId: entry.boardId,
    who: currentUserName(),
    what: `${verb}: ${entry.label}`,
    command: direction,
    origin: direction,
  });
  if (!result.ok) {
    return { ok: false, message: `Could not ${direction} “${entry.label}”. ${result.message}` };
  }
  const written: HistoryEntry = {
    ...entry,
    coalesceKey: undefined,
    at: Date.now(),
    // Keep the step in the same orientation as the original, built from what was really written.
    changes: direction === 'undo' ? invertChangeSet(result.changes) : result.changes,
  };
  // A step whose records were all deleted elsewhere left nothing to take back: do not keep it.
  if (written.changes.length > 0) {
    if (direction === 'undo') history.pushRedo(written);
    else history.pushUndo(written);
  }
  if (skipped.length > 0) {
    return {
      ok: false,
      message: `${verb} of “${entry.label}” was partly skipped: ${skipped.length} record${skipped.length === 1 ? ' was' : 's were'} deleted in another tab.`,
    };
  }
  return result;
}

export async function undo(scope: string): Promise<RunResult | null> {
  const entry = history.popUndo(scope);
  return entry ? replay(entry, 'undo') : null;
}

export async function redo(scope: string): Promise<RunResult | null> {
  const entry = history.popRedo(scope);
  return entry ? replay(entry, 'redo') : null;
}
