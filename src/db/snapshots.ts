import type { Snapshot } from '../domain/kinds/snapshot';
import { validateRecord } from '../domain/kinds';
import { db } from './database';
import { useStoredRead } from './useStoredRead';

/**
 * The snapshot stored when a meeting ended, or null. Snapshots hold a copy of the whole board, so
 * they are read one at a time, on demand, and never with the board's own records.
 */
export async function snapshotOfMeeting(meetingId: string): Promise<Snapshot | null> {
  const rows = await db().snapshots.where('meetingId').equals(meetingId).toArray();
  const latest = rows.sort((a, b) => b.takenAt.localeCompare(a.takenAt))[0];
  if (!latest) return null;
  // The snapshot's own fields are checked; its copied records were each valid when copied, and
  // checking every field of thousands of them again cost most of the time "What changed" takes.
  const checked = validateRecord('snapshots', { ...latest, tables: {} });
  if (!checked.ok || typeof latest.tables !== 'object' || latest.tables === null) return null;
  const tables = Object.entries(latest.tables).filter(([, rows]) => Array.isArray(rows));
  return { ...checked.value, tables: Object.fromEntries(tables) };
}

/**
 * The snapshot of a meeting as a live query: `undefined` while reading, null when there is none
 * (or no meeting was asked for). Read again on every change to snapshots, so undoing "End meeting" takes it away.
 */
export function useMeetingSnapshot(meetingId: string | null): Snapshot | null | undefined {
  return useStoredRead(
    () => (meetingId ? snapshotOfMeeting(meetingId) : Promise.resolve(null)),
    (cs) => cs.changes.some((c) => c.table === 'snapshots'),
    [meetingId],
  );
}
