import type { z } from 'zod';
import { actionKind } from './action';
import { annotationKind } from './annotation';
import { associationKind } from './association';
import { basemapFileKind } from './basemapFile';
import { boardKind } from './board';
import { changeLogKind } from './changeLog';
import { groupKind } from './group';
import { incidentKind } from './incident';
import { meetingKind } from './meeting';
import { membershipKind } from './membership';
import { personKind } from './person';
import { placeKind } from './place';
import { placeLinkKind } from './placeLink';
import { positionKind } from './position';
import { problemInWords } from './fieldWords';
import { compileReference, mapReference, tablesOf, targetsOf, type RecordRef } from './references';
import { snapshotKind } from './snapshot';

export type { RecordRef } from './references';

/** Each kind is filed under its own table name, which the compiler holds to. */
const registry = <K extends { [T in keyof K]: { readonly table: T } }>(kinds: K): K => kinds;

/**
 * Every kind of stored record, by the table it is stored in. The order is the order tables are
 * read and written in (a board, then what is on it).
 */
export const kinds = registry({
  boards: boardKind,
  people: personKind,
  groups: groupKind,
  memberships: membershipKind,
  associations: associationKind,
  places: placeKind,
  placeLinks: placeLinkKind,
  incidents: incidentKind,
  actions: actionKind,
  annotations: annotationKind,
  meetings: meetingKind,
  snapshots: snapshotKind,
  positions: positionKind,
  changeLog: changeLogKind,
  basemapFiles: basemapFileKind,
});

export type TableName = keyof typeof kinds;

/** The record type stored in each table: one definition, used by the store, commands and views. */
export type TableRecords = { [T in TableName]: z.output<(typeof kinds)[T]['schema']> };
export type AnyRecord = TableRecords[TableName];

export const tableNames = Object.keys(kinds) as TableName[];

/** Tables whose records belong to a board (all but the board itself). */
export const boardContentTables = tableNames.filter((t) => t !== 'boards');

const byTable = <V>(pick: (table: TableName) => V): Record<TableName, V> =>
  Object.fromEntries(tableNames.map((t) => [t, pick(t)])) as Record<TableName, V>;

export const tableSchemas = byTable((t) => kinds[t].schema) as {
  [T in TableName]: z.ZodType<TableRecords[T]>;
};

/** What users call a record of each table, for messages. */
export const recordNoun: Record<TableName, string> = byTable((t) => kinds[t].noun.one);

/** "person" or "people", by how many. */
export const nounFor = (table: TableName, count: number): string =>
  count === 1 ? kinds[table].noun.one : kinds[table].noun.many;

const references = byTable((t) => kinds[t].references.map(compileReference));
const checked = byTable((t) => references[t].filter((r) => r.checked));

/**
 * Records a record points at, which must exist when it is written (its checked references). The
 * bus checks these inside the write transaction, so a redo can never resurrect an association to
 * a person deleted in another tab.
 */
export function referencesOf(table: TableName, record: AnyRecord): RecordRef[] {
  return checked[table].flatMap((ref) => targetsOf(record, ref));
}

const referrers = byTable((target) =>
  tableNames.filter((t) => checked[t].some((ref) => tablesOf(ref).includes(target))),
);

/**
 * Which tables hold records that must point at a record of `table` (see `referencesOf`), so
 * must go when it goes.
 */
export function referrersOf(table: TableName): readonly TableName[] {
  return referrers[table];
}

/** A copy of a record with every id it holds of another record passed through `map`. */
export function remapReferences<T extends TableName>(
  table: T,
  record: TableRecords[T],
  map: (id: string) => string,
): TableRecords[T] {
  return references[table].reduce((r, ref) => mapReference(r, ref, map), record);
}

export interface FieldProblem {
  /** The schema's path ("decisions.0.text"), for code that maps a problem to a form field. */
  field: string;
  message: string;
  /** The problem as users read it, with no path: "The text of decision 1 is empty or too short". */
  words: string;
}

/** Validates a record against its table's schema; returns plain-words problems by field. */
export function validateRecord<T extends TableName>(
  table: T,
  record: unknown,
): { ok: true; value: TableRecords[T] } | { ok: false; problems: FieldProblem[] } {
  const result = tableSchemas[table].safeParse(record);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({
      field: i.path.map(String).join('.'),
      message: i.message,
      words: problemInWords(i, kinds[table].fields),
    })),
  };
}
