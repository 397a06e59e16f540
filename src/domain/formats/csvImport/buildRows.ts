import { newId } from '../../ids';
import { localNow } from '../../incidentRules';
import { kinds, validateRecord, type AnyRecord } from '../../kinds';
import type { Person } from '../../kinds/person';
import { assembler, type AssembleContext, type CellProblem, type Cells } from './assemble';
import type { BoardIndex } from './boardIndex';
import { findDuplicates, repeatedInFile, type DuplicateMatch } from './duplicates';
import type { ColumnMapping } from './headers';
import { previewOf, type Preview } from './preview';
import { looksLikeFormula, splitList } from './readCell';
import type { ImportRow, ImportTable, RowProblem } from './table';
import { importTargets, type ImportKind, type ImportTarget } from './targets';
import { valueKey, type ValueMap } from './values';

/** Which table each kind of import writes to. */
export const tableOf = {
  people: 'people',
  associations: 'associations',
  places: 'places',
  incidents: 'incidents',
} as const satisfies Record<ImportKind, keyof typeof kinds>;
export type ImportTableName = (typeof tableOf)[ImportKind];

/** Everything the rows are read with: the user's choices and the board they go into. */
export interface BuildRequest {
  kind: ImportKind;
  mapping: ColumnMapping;
  values: ValueMap;
  index: BoardIndex;
  /** Associations: add anyone named who is not on the board, instead of leaving the row out. */
  addMissingPeople: boolean;
}

/** A row made into a record, checked against the kind's schema. */
export interface BuiltRow {
  line: number;
  record: AnyRecord;
  /** The record's fields the row gave: what a merge writes over a record already on the board. */
  given: readonly string[];
}

export interface BuildResult {
  kind: ImportKind;
  rows: BuiltRow[];
  /** People added because an association names them and they are not on the board. */
  newPeople: Person[];
  /** Every row left out, and why; rows with several problems are listed once per problem. */
  problems: RowProblem[];
  /** Rows that match a record on the board, for the user to merge, skip or add as new. */
  duplicates: DuplicateMatch[];
  preview: Preview;
  /** What the user should know about rows that were read (formulas kept as text, times). */
  notes: string[];
}

/** Ids and the time: given, so tests are repeatable; the app uses fresh ids and now. */
export interface BuildEnv {
  newId: () => string;
  now: Date;
}

/** Where each record field's problems are reported: the column of the target it came from. */
const targetOfField: Record<string, string> = {
  fromId: 'from',
  toId: 'to',
  geometry: 'latitude',
  placeId: 'place',
  point: 'latitude',
  involved: `involved:present`,
};

/** Reads one row's mapped cells; problems are pushed, and the row's values returned. */
function readCells(
  row: ImportRow,
  columns: readonly { target: ImportTarget; index: number; header: string }[],
  values: ValueMap,
  problems: CellProblem[],
  formulas: { count: number },
): Cells {
  const cells = new Map<string, { value: unknown; column: string }>();
  for (const { target, index, header } of columns) {
    const text = row.cells[index]?.trim() ?? '';
    if (text === '') continue;
    if (looksLikeFormula(text)) formulas.count++;
    if (target.options) {
      const choices = values[target.key] ?? {};
      const keys: string[] = [];
      for (const item of target.list ? splitList(text) : [text]) {
        const choice = choices[valueKey(item)];
        if (choice === undefined)
          problems.push({
            target: target.key,
            reason: `“${item}” is not matched to any ${target.label.toLowerCase().replace(/s$/, '')}: choose one for it under Values`,
          });
        else if (choice !== '' && !keys.includes(choice)) keys.push(choice);
      }
      if (keys.length)
        cells.set(target.key, { value: target.list ? keys : keys[0], column: header });
      continue;
    }
    const read = target.read(text);
    if ('problem' in read) problems.push({ target: target.key, reason: read.problem });
    else if (target.list) {
      const items = splitList(read.value as string);
      if (items.length) cells.set(target.key, { value: items, column: header });
    } else cells.set(target.key, { value: read.value, column: header });
  }
  return cells;
}

/**
 * Reads every row of the table as a record of the kind: each mapped cell through its field's
 * parser (or its value map), then the record through the kind's schema (`validateRecord`). A row
 * with any problem is left out and each problem is listed with its line and column. Nothing is
 * stored here: the result is what the wizard shows and what the import command writes.
 */
export function buildRows(
  table: ImportTable,
  request: BuildRequest,
  env: BuildEnv = { newId, now: new Date() },
): BuildResult {
  const { kind, mapping, values, index } = request;
  const tableName = tableOf[kind];
  const targets = importTargets[kind];
  const columns = table.columns.flatMap((c) => {
    const target = targets.find((t) => t.key === mapping[c.index]);
    return target ? [{ target, index: c.index, header: c.header }] : [];
  });
  const headerOf = (target: string | null) =>
    target === null ? null : (columns.find((c) => c.target.key === target)?.header ?? null);

  const ctx: AssembleContext = {
    index,
    addMissingPeople: request.addMissingPeople,
    newPeople: new Map(),
    newId: env.newId,
    now: env.now,
    nowText: localNow(env.now),
  };
  const assemble = assembler(kind, ctx);
  const create = kinds[tableName].create as (given: Record<string, unknown>) => AnyRecord;
  const problems: RowProblem[] = [...table.problems];
  const rows: BuiltRow[] = [];
  const formulas = { count: 0 };
  let noTime = 0;

  for (const row of table.rows) {
    const found: CellProblem[] = [];
    const cells = readCells(row, columns, values, found, formulas);
    const assembled = found.length ? null : assemble(cells);
    if (assembled && 'problems' in assembled) found.push(...assembled.problems);
    if (!assembled || 'problems' in assembled) {
      for (const p of found)
        problems.push({ line: row.line, column: headerOf(p.target), reason: p.reason });
      continue;
    }
    const record = create({ ...assembled.fields, id: env.newId(), boardId: index.boardId });
    const checked = validateRecord(tableName, record);
    if (!checked.ok) {
      for (const p of checked.problems) {
        const field = p.field.split('.')[0] ?? '';
        const target = targetOfField[field] ?? field;
        problems.push({ line: row.line, column: headerOf(target), reason: p.message });
      }
      continue;
    }
    if (assembled.noTime) noTime++;
    rows.push({ line: row.line, record: checked.value, given: assembled.given });
  }

  // A record named twice in one file is a slip in the file: the second is left out.
  const repeated = repeatedInFile(kind, rows);
  for (const r of repeated)
    problems.push({ line: r.line, column: r.field ? headerOf(r.field) : null, reason: r.reason });
  const left = new Set(repeated.map((r) => r.line));
  const kept = left.size ? rows.filter((r) => !left.has(r.line)) : rows;

  // Only the people added for rows that are kept.
  const named = new Set(
    kept.flatMap((r) => {
      const a = r.record as { fromId?: string; toId?: string };
      return [a.fromId, a.toId];
    }),
  );
  const newPeople = [...ctx.newPeople.values()].filter((p) => named.has(p.id));
  problems.sort((a, b) => a.line - b.line);
  return {
    kind,
    rows: kept,
    newPeople,
    problems,
    duplicates: findDuplicates(kind, kept, index),
    preview: previewOf(
      kind,
      columns.map((c) => c.target),
      kept,
      index,
      newPeople,
    ),
    notes: notesOf(formulas.count, noTime),
  };
}

function notesOf(formulas: number, noTime: number): string[] {
  const notes: string[] = [];
  if (formulas > 0)
    notes.push(
      `${formulas === 1 ? 'One cell starts' : `${formulas.toLocaleString('en-GB')} cells start`} with =, +, - or @, as a spreadsheet formula would. ${formulas === 1 ? 'It is' : 'They are'} imported as the text written, never calculated; exports from this app make such text safe for spreadsheets.`,
    );
  if (noTime > 0)
    notes.push(
      `${noTime === 1 ? 'One incident gives' : `${noTime.toLocaleString('en-GB')} incidents give`} a date but no time: recorded at 00:00.`,
    );
  return notes;
}
