import { kinds, type TableName } from './kinds';
import { newPerson, type Person } from './kinds/person';

/**
 * Erasure: what is left of a deleted person in the change log and in meeting snapshots. The log
 * keeps that a record was removed, by whom and when (its op, table, id, who and when: it never
 * held field values), but none of the person's names; a snapshot keeps the person's place in the
 * meeting's record ("a person was removed since") without their names or notes.
 */

/** What a deleted person is called wherever their name used to be. */
export const REMOVED_PERSON = 'Removed person';

/** The names a deleted person went by, longest first (so "Ali Khan" goes before "Ali"). */
export function namesOf(person: Pick<Person, 'displayName' | 'fullName' | 'pseudonym'>): string[] {
  const names = [person.displayName, person.fullName, person.pseudonym]
    .map((n) => (typeof n === 'string' ? n.trim() : ''))
    .filter((n) => n.length > 0);
  return [...new Set(names)].sort((a, b) => b.length - a.length);
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with every whole-word mention of the names replaced by "Removed person" (any case): a
 * person called "Al" does not blank the "Al" of "Also".
 */
export function withoutNames(text: string, names: readonly string[]): string {
  if (names.length === 0) return text;
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${names.map(escaped).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return text.replace(pattern, REMOVED_PERSON);
}

type Row = Record<string, unknown>;

/**
 * A deleted record as a snapshot keeps it: its ids, links and kinds (what "What changed" counts)
 * with its personal content gone. A person is called "Removed person", with every other personal
 * field back at a new person's default; any other record (an association or an action that went
 * with the person) has its personal text and lists emptied.
 */
export function erasedRow(table: TableName, row: Row): Row {
  if (table === 'people') {
    const blank = newPerson(String(row.id), String(row.boardId), {
      displayName: REMOVED_PERSON,
    }) as unknown as Row;
    const personal = Object.fromEntries(kinds.people.personal.map((k) => [k, blank[k]]));
    return { ...row, ...personal };
  }
  const out: Row = { ...row };
  for (const key of kinds[table].personal as readonly string[]) {
    const value = out[key];
    if (typeof value === 'string') out[key] = '';
    else if (Array.isArray(value)) out[key] = [];
  }
  return out;
}

/**
 * A snapshot's tables with the erased records (keys `table\0id`) blanked, or null when the
 * snapshot held none of them.
 */
export function snapshotTablesWithout(
  tables: Record<string, Row[]>,
  erased: ReadonlySet<string>,
): Record<string, Row[]> | null {
  let touched = false;
  const out: Record<string, Row[]> = {};
  for (const [table, rows] of Object.entries(tables)) {
    out[table] = Array.isArray(rows)
      ? rows.map((row) => {
          if (!erased.has(`${table}\u0000${String(row.id)}`) || !(table in kinds)) return row;
          touched = true;
          return erasedRow(table as TableName, row);
        })
      : rows;
  }
  return touched ? out : null;
}
