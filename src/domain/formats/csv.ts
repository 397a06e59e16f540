import Papa from 'papaparse';
import type { TableRecords } from '../kinds';
import { csvColumns, csvContext, type Cell, type CsvColumn, type CsvKind } from './csvColumns';
import type { PreparedExport } from './exportBoard';

/** Excel reads a file as UTF-8 only when it starts with a byte-order mark. */
const BOM = '\uFEFF';

/** The last column of a redacted file: every row says how it was redacted. */
export const REDACTION_HEADER = 'Redaction';

/**
 * One kind's records as CSV (RFC 4180): a header row of the columns' labels, one row per record,
 * CRLF line ends, fields quoted when they hold a comma, quote or line end; UTF-8 with a BOM.
 * Formula-safe (OWASP CSV injection): a text cell that begins with `=`, `+`, `-`, `@`, tab or
 * carriage return gets a leading `'` (papaparse's escapeFormulae), so a spreadsheet shows it as
 * text instead of running it. Numbers the app stores as numbers (ages, coordinates) are written as
 * they are: a number cannot be a formula. A redacted file has a last column, "Redaction", holding
 * the redaction statement on every row, so it stays with any row copied out of the file.
 */
/**
 * A cell a spreadsheet could read as a formula. papaparse's own test (`escapeFormulae: true`) wants
 * the whole cell on one line, so a note starting `=HYPERLINK(…)` with a second line went out as it
 * was; this one looks at the first character only.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function writeCsv(kind: CsvKind, data: PreparedExport): string {
  const columns = csvColumns[kind] as readonly CsvColumn<TableRecords[CsvKind]>[];
  const rows = data.tables[kind] as readonly TableRecords[CsvKind][];
  const context = csvContext(data);
  const redacted = data.redaction !== null;
  const fields = columns.map((c) => c.header);
  if (redacted) fields.push(REDACTION_HEADER);
  const body = rows.map((record) => {
    const cells: Cell[] = columns.map((c) => c.cell(record, context));
    if (redacted) cells.push(data.statement);
    return cells.map((c) => c ?? '');
  });
  const text = Papa.unparse(
    { fields, data: body },
    { newline: '\r\n', quotes: false, escapeFormulae: FORMULA_START, header: true },
  );
  return `${BOM}${text}\r\n`;
}
