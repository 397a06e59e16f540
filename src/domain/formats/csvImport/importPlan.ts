import type { AnyRecord, TableName } from '../../kinds';
import { renamePatch, type Person } from '../../kinds/person';
import type { Place } from '../../kinds/place';
import { newPosition } from '../../kinds/position';
import { tableOf, type BuildResult, type ImportTableName } from './buildRows';
import { gridSpots } from './placement';

/** What to do with a row that matches a record on the board. */
export type DuplicateChoice = 'merge' | 'skip' | 'new';
export const duplicateChoices = [
  { key: 'merge', label: 'Merge: the file’s values replace the record’s' },
  { key: 'skip', label: 'Skip this row' },
  { key: 'new', label: 'Add as new' },
] as const satisfies readonly { key: DuplicateChoice; label: string }[];
/** Nothing on the board changes unless the user asks. */
export const DEFAULT_CHOICE: DuplicateChoice = 'skip';

type Fields = Record<string, unknown>;

/**
 * Everything one import writes: new records (with new people's positions) and merges. A `fresh`
 * record was checked with its kind's schema when its row was read (buildRows), so the writer need
 * not check it again (db/writer.ts, `Draft.fresh`).
 */
export interface ImportPlan {
  table: ImportTableName;
  creates: { table: TableName; record: AnyRecord; fresh: boolean }[];
  merges: { table: ImportTableName; id: string; patch: Fields }[];
  counts: { added: number; merged: number; skipped: number; newPeople: number };
}

/**
 * The import as records to write, from the rows read and the user's choice for each duplicate.
 * New people (imported, or named by an association and added) are placed in a grid clear of
 * the people already drawn. Two rows merged into one record write over it in file order.
 */
export function planImport(
  built: BuildResult,
  choices: ReadonlyMap<number, DuplicateChoice>,
  positions: readonly { x: number; y: number }[],
): ImportPlan {
  const table = tableOf[built.kind];
  const matchOf = new Map(built.duplicates.map((d) => [d.line, d.existingId]));
  const creates: ImportPlan['creates'] = [];
  const merges = new Map<string, Fields>();
  let skipped = 0;
  for (const row of built.rows) {
    const existingId = matchOf.get(row.line);
    const choice = existingId === undefined ? 'new' : (choices.get(row.line) ?? DEFAULT_CHOICE);
    if (choice === 'skip') skipped++;
    else if (choice === 'new') creates.push({ table, record: row.record, fresh: true });
    else {
      const record = row.record as unknown as Fields;
      const patch = Object.fromEntries(row.given.map((k) => [k, record[k]]));
      merges.set(existingId!, { ...merges.get(existingId!), ...patch });
    }
  }
  const added = creates.length;
  const people = [...(table === 'people' ? creates.map((c) => c.record) : []), ...built.newPeople];
  const spots = gridSpots(positions, people.length);
  for (const person of built.newPeople)
    creates.push({ table: 'people', record: person, fresh: true });
  people.forEach((p, i) =>
    creates.push({
      table: 'positions',
      record: newPosition(p.boardId, p.id, spots[i]!.x, spots[i]!.y),
      fresh: false,
    }),
  );
  return {
    table,
    creates,
    merges: [...merges].map(([id, patch]) => ({ table, id, patch })),
    counts: { added, merged: merges.size, skipped, newPeople: built.newPeople.length },
  };
}

/**
 * A record on the board with the file's values laid over it. A new name brings new initials
 * (unless they were set by hand or the file gives them); a point from the file never replaces
 * an area drawn on the map.
 */
export function mergedRecord(table: ImportTableName, current: AnyRecord, patch: Fields): AnyRecord {
  const out: Fields = { ...(current as unknown as Fields), ...patch };
  if (table === 'people' && typeof patch.displayName === 'string' && patch.initials === undefined)
    Object.assign(out, renamePatch(current as Person, patch.displayName));
  if (table === 'places' && (current as Place).geometry?.type === 'Polygon')
    out.geometry = (current as Place).geometry;
  return out as unknown as AnyRecord;
}
