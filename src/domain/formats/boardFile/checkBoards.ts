import {
  boardContentTables,
  recordNoun,
  referencesOf,
  validateRecord,
  type FieldProblem,
  type TableName,
} from '../../kinds';
import type { Board } from '../../kinds/board';
import { cleanRecordText } from '../../cleanText';
import { bytesOf, type LongTexts } from './fileBytes';
import type { BoardRecords, TableRecord } from './format';
import type { BoardFileV1 } from './schemas';

/**
 * The records of a (current-version) file, each checked by its kind's schema, all belonging to
 * their board, no id twice, and every checked reference (those the store enforces) pointing at a
 * record in the same board of the file. Problems name the board, the record and the field.
 */
export type CheckedBoards =
  { ok: true; boards: BoardRecords[] } | { ok: false; problems: string[] };

const isContentTable = (name: string): name is TableName =>
  (boardContentTables as string[]).includes(name);

const idOf = (row: unknown): string | null => {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : null;
};

/** "the person “p3”", or "person 4 of people" when a record has no usable id. */
export function recordName(table: TableName, row: unknown, index: number): string {
  const id = idOf(row);
  return id === null
    ? `${recordNoun[table]} number ${index + 1} in ${table} (it has no id)`
    : `the ${recordNoun[table]} “${id}”`;
}

/** "the person “p3” (people): Age cannot be negative (the age)": the table helps find it in the file. */
function describeProblems(what: string, table: string, problems: FieldProblem[]): string {
  const first = problems[0];
  if (!first) return `${what} (${table}) is not valid`;
  const others = problems.length - 1;
  const more = others > 0 ? ` (and ${others} more problem${others > 1 ? 's' : ''} in it)` : '';
  return `${what} (${table}): ${first.words}${more}`;
}

/** A stored basemap file's bytes, from the base64 the file holds. */
async function withBytes(row: unknown, texts: LongTexts): Promise<unknown> {
  if (typeof row !== 'object' || row === null) return row;
  const data = (row as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) return row;
  const { type, base64 } = data as { type?: unknown; base64?: unknown };
  const blob = await bytesOf(base64, typeof type === 'string' ? type : '', texts);
  return { ...row, data: blob ?? 'not base64' };
}

async function checkBoard(
  entry: BoardFileV1['boards'][number],
  texts: LongTexts,
  problems: string[],
  seen: Map<string, string>,
): Promise<BoardRecords | null> {
  const checkedBoard = validateRecord('boards', entry.board);
  if (!checkedBoard.ok) {
    problems.push(describeProblems('the board’s own record', 'boards', checkedBoard.problems));
    return null;
  }
  // Text comes in cleaned of control characters and bidi overrides, as typing is (domain/cleanText.ts).
  const board: Board = cleanRecordText(checkedBoard.value);
  const prefix = (text: string) => `In board “${board.title}”: ${text}`;
  const records: TableRecord[] = [];
  const here = new Set<string>([`boards\u0000${board.id}`]);
  for (const [name, rows] of Object.entries(entry.tables)) {
    if (!isContentTable(name)) {
      problems.push(prefix(`“${name}” is not a kind of record this app keeps`));
      continue;
    }
    for (const [index, raw] of rows.entries()) {
      const row = name === 'basemapFiles' ? await withBytes(raw, texts) : raw;
      const what = recordName(name, raw, index);
      const checked = validateRecord(name, row);
      // An invalid record is still in the file: what refers to it is not reported as well.
      const rawId = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : null;
      if (typeof rawId === 'string') here.add(`${name}\u0000${rawId}`);
      if (!checked.ok) {
        problems.push(prefix(describeProblems(what, name, checked.problems)));
        continue;
      }
      const record = cleanRecordText(checked.value);
      if (record.boardId !== board.id) {
        problems.push(prefix(`${what} (${name}) belongs to another board (“${record.boardId}”)`));
        continue;
      }
      const key = `${name}\u0000${record.id}`;
      const before = seen.get(key);
      if (before !== undefined) {
        problems.push(
          prefix(
            `${what} (${name}) is in the file twice${before === board.id ? '' : ', on two boards'}`,
          ),
        );
        continue;
      }
      seen.set(key, board.id);
      here.add(key);
      records.push({ table: name, record });
    }
  }
  for (const { table, record } of records) {
    for (const ref of referencesOf(table, record)) {
      if (here.has(`${ref.table}\u0000${ref.id}`)) continue;
      problems.push(
        prefix(
          `the ${recordNoun[table]} “${record.id}” (${table}) refers to the ${recordNoun[ref.table]} “${ref.id}”, which is not in the file`,
        ),
      );
    }
  }
  return { board, records };
}

export async function checkBoards(document: BoardFileV1, texts: LongTexts): Promise<CheckedBoards> {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const boards: BoardRecords[] = [];
  for (const entry of document.boards) {
    const checked = await checkBoard(entry, texts, problems, seen);
    if (checked) {
      if (seen.has(`boards\u0000${checked.board.id}`))
        problems.push(`The board “${checked.board.title}” is in the file twice`);
      seen.set(`boards\u0000${checked.board.id}`, checked.board.id);
      boards.push(checked);
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, boards };
}
