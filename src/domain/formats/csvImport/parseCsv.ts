import Papa from 'papaparse';
import { detectDelimiter, type Delimiter } from './delimiter';
import { decodeText, notTextProblem, type TextEncodingName } from './encoding';
import { CSV_MAX_ROWS, csvSizeProblem, tooManyRows } from './limits';
import type { ImportColumn, ImportRow, ImportTable, RowProblem } from './table';

export type ParseResult =
  | { ok: true; table: ImportTable; encoding: TextEncodingName; delimiter: Delimiter }
  | { ok: false; message: string };

export interface ParseOptions {
  /** The delimiter the user chose; detected from the first lines when null. */
  delimiter: Delimiter | null;
  /** Called every `PROGRESS_EVERY` rows with how many have been read. */
  onProgress?: (rows: number) => void;
}

export const PROGRESS_EVERY = 1000;

/** Papa Parse's own words for a broken row, in ours. */
const papaReasons: Record<string, string> = {
  MissingQuotes:
    'a quoted cell is never closed (a closing " is missing), so the rest of the file is read as one cell',
  InvalidQuotes: 'a cell has a " in the wrong place: write "" for a quote inside a quoted cell',
  UndetectableDelimiter: 'the cells are not separated by commas, semicolons or tabs',
};

/** Headings as given, "Column 3" where one is empty, and "Name (2)" for a heading used twice. */
function headingsOf(cells: readonly string[]): ImportColumn[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { index, header: n === 1 ? base : `${base} (${n})` };
  });
}

/**
 * Reads a CSV file's bytes as a table: the text decoded (UTF-8, else Windows-1252), the delimiter
 * detected or as chosen, the first row as the headings, and each row with the line it starts on
 * (a quoted cell may run over several lines). A row whose cells do not line up with the headings
 * is left out with a problem. Refuses, with a message naming the file, what is not a CSV file.
 */
export function parseCsv(bytes: Uint8Array, fileName: string, options: ParseOptions): ParseResult {
  const sizeProblem = csvSizeProblem(fileName, bytes.length);
  if (sizeProblem) return { ok: false, message: sizeProblem };
  const notText = notTextProblem(fileName, bytes);
  if (notText) return { ok: false, message: notText };
  const { text, encoding } = decodeText(bytes);
  if (text.trim() === '')
    return { ok: false, message: `“${fileName}” is empty: there is nothing to import` };
  const delimiter = options.delimiter ?? detectDelimiter(text);

  let columns: ImportColumn[] | null = null;
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  let line = 1;
  let cursor = 0;
  let read = 0;
  let tooMany = false;
  let newline = '\n';

  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    // Cells are kept as the text written: no numbers or dates guessed by the parser.
    dynamicTyping: false,
    step(result, parser) {
      const start = line;
      const end = result.meta.cursor;
      newline = result.meta.linebreak.endsWith('\n') ? '\n' : '\r';
      for (
        let i = text.indexOf(newline, cursor);
        i !== -1 && i < end;
        i = text.indexOf(newline, i + 1)
      )
        line++;
      cursor = end;
      const cells = result.data;
      for (const e of result.errors)
        problems.push({ line: start, column: null, reason: papaReasons[e.code] ?? e.message });
      if (cells.every((c) => c.trim() === '')) return;
      if (!columns) {
        columns = headingsOf(cells);
        return;
      }
      // A row the parser could not read cleanly is left out, with the problem it found.
      if (result.errors.length > 0) {
        read++;
        return;
      }
      if (++read > CSV_MAX_ROWS) {
        tooMany = true;
        parser.abort();
        return;
      }
      if (cells.length !== columns.length)
        problems.push({
          line: start,
          column: null,
          reason: `this row has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'} but the heading row has ${columns.length} columns: ${cells.length > columns.length ? 'a cell may hold an unquoted delimiter' : 'cells are missing'}`,
        });
      else rows.push({ line: start, cells });
      if (read % PROGRESS_EVERY === 0) options.onProgress?.(read);
    },
  });

  if (tooMany) return { ok: false, message: tooManyRows(fileName) };
  if (!columns) return { ok: false, message: `“${fileName}” is empty: there is nothing to import` };
  if (read === 0)
    return { ok: false, message: `“${fileName}” has a heading row but no rows to import` };
  options.onProgress?.(read);
  return { ok: true, table: { source: fileName, columns, rows, problems }, encoding, delimiter };
}
