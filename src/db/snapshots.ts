import type { Snapshot } from '../domain/kinds/snapshot';
import { validateRecord } from '../domain/kinds';
import { db } from './database';
import { useStoredRead } from './useStoredRead';

/** A meeting's snapshot that is stored but cannot be read: kept aside, with the problem in words. */
export interface DamagedSnapshot {
  damaged: true;
  problem: string;
}

const takenAtOf = (row: unknown): string => {
  const at = (row as { takenAt?: unknown } | null)?.takenAt;
  return typeof at === 'string' ? at : '';
};

/**
 * The snapshot stored when a meeting ended: null when there is none, `{ damaged }` when the one
 * stored cannot be read (it stays stored, untouched). Snapshots hold a copy of the whole board, so
 * they are read one at a time, on demand, and never with the board's own records.
 */
export async function readMeetingSnapshot(
  meetingId: string,
): Promise<Snapshot | DamagedSnapshot | null> {
  const rows: unknown[] = await db().snapshots.where('meetingId').equals(meetingId).toArray();
  // What comes out of storage may be anything, so the newest is found without trusting its fields.
  const latest = rows.sort((a, b) => takenAtOf(b).localeCompare(takenAtOf(a)))[0];
  if (!latest) return null;
  if (typeof latest !== 'object' || latest === null)
    return { damaged: true, problem: 'it is not a record at all' };
  const tablesOf = (latest as { tables?: unknown }).tables;
  // The snapshot's own fields are checked; its copied records were each valid when copied, and
  // checking every field of thousands of them again cost most of the time "What changed" takes.
  const checked = validateRecord('snapshots', { ...latest, tables: {} });
  if (!checked.ok) return { damaged: true, problem: checked.problems[0]?.words ?? 'not readable' };
  if (typeof tablesOf !== 'object' || tablesOf === null || Array.isArray(tablesOf))
    return { damaged: true, problem: 'the copied records are missing' };
  const tables = Object.entries(tablesOf).filter(([, rows]) => Array.isArray(rows));
  return { ...checked.value, tables: Object.fromEntries(tables) };
}

/** The snapshot of a meeting, or null when there is none or it is damaged (see readMeetingSnapshot). */
export async function snapshotOfMeeting(meetingId: string): Promise<Snapshot | null> {
  const read = await readMeetingSnapshot(meetingId);
  return read && 'damaged' in read ? null : read;
}

/**
 * The snapshot of a meeting as a live query: `undefined` while reading, null when there is none
 * (or no meeting was asked for), `{ damaged }` when it cannot be read. Read again on every change
 * to snapshots, so undoing "End meeting" takes it away.
 */
export function useMeetingSnapshot(
  meetingId: string | null,
): Snapshot | DamagedSnapshot | null | undefined {
  return useStoredRead(
    () => (meetingId ? readMeetingSnapshot(meetingId) : Promise.resolve(null)),
    (cs) => cs.changes.some((c) => c.table === 'snapshots'),
    [meetingId],
  );
}
