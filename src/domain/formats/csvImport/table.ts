/**
 * A table read from a file, neutral of its format: the columns it names and its rows, each with
 * the line of the file it starts on. The CSV reader makes one; a GraphML or GEXF reader can make
 * one of a file's nodes or edges (an attribute per column), and the mapping, value, preview and
 * duplicate steps work on it alike.
 */
export interface ImportColumn {
  /** Where the column sits in each row's cells. */
  index: number;
  /** Its heading, as the file has it ("Column 3" when the file gives none). */
  header: string;
}

export interface ImportRow {
  /** The line of the file the row starts on (1 is the first line), for messages. */
  line: number;
  cells: readonly string[];
}

/** Something wrong with one row, said so that a person can find it in the file. */
export interface RowProblem {
  line: number;
  /** The column's heading, or null when the problem is with the row as a whole. */
  column: string | null;
  reason: string;
}

export interface ImportTable {
  /** The file's name, for messages. */
  source: string;
  columns: readonly ImportColumn[];
  rows: readonly ImportRow[];
  /** Rows that could not be read as rows of this table (a row with too many cells), by line. */
  problems: readonly RowProblem[];
}

/** `Line 7, column “DOB”: …` (or `Line 7: …` for a problem with the whole row). */
export const describeProblem = (p: RowProblem): string => describeProblemOf(p, 'Line');

/** The same, for rows called something else: `Node 7, column “risk”: …`. */
export function describeProblemOf(p: RowProblem, row: string): string {
  return `${row} ${p.line.toLocaleString('en-GB')}${p.column === null ? '' : `, column “${p.column}”`}: ${p.reason}`;
}
