import type { ChangeLogEntry } from '../../kinds/changeLog';

/**
 * The change-log entries of a file that this device does not have yet, for a replace or a merge.
 * Each device numbers a board's changes with its own clock, so the file's numbers could collide
 * with this device's; they are numbered again after the newest here, in their own order (the
 * writer then numbers the open itself after them). Entries already here are left as they are,
 * and no entry here is ever removed: the change log is this device's record of what was done.
 */
export function changeLogBroughtIn(
  here: readonly ChangeLogEntry[],
  fromFile: readonly ChangeLogEntry[],
): ChangeLogEntry[] {
  const known = new Set(here.map((e) => e.id));
  let next = Math.max(0, ...here.map((e) => e.version ?? 0));
  return fromFile
    .filter((e) => !known.has(e.id))
    .sort((a, b) => (a.version ?? 0) - (b.version ?? 0) || a.at.localeCompare(b.at))
    .map((e) => (e.version === undefined ? e : { ...e, version: ++next }));
}
