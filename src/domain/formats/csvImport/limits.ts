import { sizeInWords } from '../../basemap';

/**
 * How much one CSV import may bring. A case system's export of a whole cohort, or a year of
 * incidents, is a few megabytes; past these limits one import would hold the browser's storage
 * transaction (and the undo history) for too long.
 */
export const CSV_MAX_BYTES = 20 * 1024 * 1024;
export const CSV_MAX_ROWS = 50_000;

/** Checked on the file's size alone, before any of it is read. */
export function csvSizeProblem(fileName: string, size: number): string | null {
  if (size === 0) return `“${fileName}” is empty: there is nothing to import`;
  if (size > CSV_MAX_BYTES)
    return `“${fileName}” is ${sizeInWords(size)}: too large to import (the limit is ${sizeInWords(CSV_MAX_BYTES)}). Split it into smaller files and import them one after another.`;
  return null;
}

export const tooManyRows = (fileName: string) =>
  `“${fileName}” has more than ${CSV_MAX_ROWS.toLocaleString('en-GB')} rows: too many to import at once. Split it into smaller files and import them one after another.`;
