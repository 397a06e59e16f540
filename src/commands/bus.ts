import {
  changeKey,
  fieldKey,
  invertChanges,
  rebase,
  type ChangeSet,
  type Conflict,
  type RecordChange,
} from '../domain/changeSet';
import { TAB_ID, publish } from '../db/changeChannel';
import { requestPersistentStorage } from '../db/open';
import { describeStorageError, reportStorageProblem } from '../db/problems';
import { saveEnded, saveStarted } from '../db/saveStatus';
import { writeChanges, WriteRejected, type Draft, type Reader, type WriteMeta } from '../db/writer';
import type { Command } from './command';
import { danglingAfter } from './dangling';
import { history, type HistoryEntry } from './history';
import { currentUserName } from './identity';
import { describeReplay } from './replayMessages';

/**
 * What running a command, an undo or a redo did. `notice` says, in plain words, what part of an
 * undo or redo could not be applied (or what else it had to remove) when the rest went ahead.
 */
export type RunResult =
  { ok: true; changes: RecordChange[]; notice?: string } | { ok: false; message: string };

type Written = { ok: true; changes: ChangeSet } | { ok: false; message: string };

/**
 * Writes one change set and publishes it once on the change channel, which brings it to this tab's
 * board store (and so every view) before the caller resumes, and to the other tabs.
 */
async function write(
  plan: (r: Reader) => Promise<Draft[]>,
  meta: Omit<WriteMeta, 'who' | 'tab'>,
): Promise<Written> {
  saveStarted();
  try {
    const changes = await writeChanges(plan, { ...meta, who: currentUserName(), tab: TAB_ID });
    publish(changes);
    saveEnded({ ok: true, at: changes.at });
    if (changes.changes.length > 0) requestPersistentStorage();
    return { ok: true, changes };
  } catch (err) {
    const message = err instanceof WriteRejected ? err.message : describeStorageError(err).message;
    if (!(err instanceof WriteRejected)) reportStorageProblem(describeStorageError(err));
    saveEnded({ ok: false, message });
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
    label: command.label,
    what: command.audit ?? command.label,
    command: command.name,
    origin: 'local',
    keepStamps: command.keepStamps,
  });
  if (!result.ok) return result;
  const { changes } = result;
  if (changes.changes.length > 0) {
    history.record({
      label: command.label,
      scope: command.scope,
      boardId: command.boardId,
      coalesceKey: command.coalesceKey,
      joinsPrevious: command.joinsPrevious,
      at: Date.now(),
      version: changes.version,
      changes: changes.changes,
    });
  }
  return { ok: true, changes: changes.changes };
}

/** What a replay found while planning, for its message. */
interface ReplayReport {
  conflicts: Conflict[];
  /** Records removed with an undone creation because others had linked them to it since. */
  dangling: RecordChange[];
  /** Records another tab has touched since the step, by changeKey. */
  touchedElsewhere: Set<string>;
}

/**
 * Plans an undo or redo over what is stored now: only the fields this user changed, and only
 * where nobody else has changed them since the step was written; records that others have since
 * linked to a record this removes are removed with it, never left pointing at nothing.
 */
function planReplay(entry: HistoryEntry, toApply: RecordChange[], report: ReplayReport) {
  return async (reader: Reader): Promise<Draft[]> => {
    const current = new Map<string, Record<string, unknown> | undefined>();
    for (const c of toApply) current.set(changeKey(c), await reader.get(c.table, c.id));
    const touched = new Set<string>();
    for (const logged of await reader.loggedSince(entry.boardId, entry.version)) {
      if (logged.tab === TAB_ID) continue;
      for (const c of logged.changes) {
        report.touchedElsewhere.add(changeKey(c));
        for (const f of c.fields ?? []) touched.add(fieldKey(c.table, c.id, f));
      }
    }
    const { changes, conflicts } = rebase(toApply, {
      current: (table, id) => current.get(changeKey({ table, id })),
      touchedByOthers: (table, id, field) => touched.has(fieldKey(table, id, field)),
    });
    report.conflicts = conflicts;
    report.dangling = await danglingAfter(reader, entry.boardId, changes);
    const drafts: Draft[] = changes.map((c) => ({
      table: c.table,
      id: c.id,
      after:
        c.op === 'delete'
          ? null
          : ((c.op === 'create' ? c.after : { ...current.get(changeKey(c)), ...c.after }) as never),
    }));
    return [...report.dangling.map((d) => ({ table: d.table, id: d.id, after: null })), ...drafts];
  };
}

async function replay(entry: HistoryEntry, direction: 'undo' | 'redo'): Promise<RunResult> {
  const toApply = direction === 'undo' ? invertChanges(entry.changes) : entry.changes;
  const report: ReplayReport = { conflicts: [], dangling: [], touchedElsewhere: new Set() };
  const verb = direction === 'undo' ? 'Undo' : 'Redo';
  const result = await write(planReplay(entry, toApply, report), {
    boardId: entry.boardId,
    label: `${verb}: ${entry.label}`,
    what: `${verb}: ${entry.label}`,
    command: direction,
    origin: direction,
  });
  if (!result.ok) {
    return { ok: false, message: `Could not ${direction} “${entry.label}”. ${result.message}` };
  }
  const written = result.changes;
  if (written.changes.length > 0) {
    // Keep the step in the same orientation as the original, built from what was really written,
    // at the version it was written: a later replay guards against changes made after it.
    const step: HistoryEntry = {
      ...entry,
      coalesceKey: undefined,
      at: Date.now(),
      version: written.version,
      changes: direction === 'undo' ? invertChanges(written.changes) : written.changes,
    };
    if (direction === 'undo') history.pushRedo(step);
    else history.pushUndo(step);
  }
  const nothingDone = written.changes.length === 0;
  const message = describeReplay(direction, entry.label, report, nothingDone);
  if (nothingDone && message) return { ok: false, message };
  return message
    ? { ok: true, changes: written.changes, notice: message }
    : { ok: true, changes: written.changes };
}

export async function undo(scope: string): Promise<RunResult | null> {
  const entry = history.popUndo(scope);
  return entry ? replay(entry, 'undo') : null;
}

export async function redo(scope: string): Promise<RunResult | null> {
  const entry = history.popRedo(scope);
  return entry ? replay(entry, 'redo') : null;
}
