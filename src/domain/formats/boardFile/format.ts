import { sizeInWords } from '../../basemap';
import type { Board } from '../../kinds/board';
import type { AnyRecord, TableName } from '../../kinds';

/**
 * What a board file says it is. Distinct from the training scenario's `peers-and-places/board`
 * (fixtures/training-board.json): that is a template the app copies with fresh ids and dates moved
 * to today, while a board file is one board (or a backup of all) to open exactly as it was saved.
 * Each marker tells its reader at once that the other kind of file was handed to it.
 */
export const BOARD_FILE_FORMAT = 'peers-and-places/board-file';

/** The only version written; older versions are read through `migrations`. */
export const BOARD_FILE_VERSION = 1;

/**
 * The largest file opened. A board may keep an offline map of up to 500 MB (PMTILES_MAX_BYTES),
 * which a board file holds as base64 text: about 670 MB, or about 890 MB in a file protected with
 * a passphrase (the protected part is base64 again). 1 GB holds that and the board's records;
 * anything larger is refused before it is read, from its size alone.
 */
export const BOARD_FILE_MAX_BYTES = 1024 * 1024 * 1024;

export const maxSizeInWords = () => `${BOARD_FILE_MAX_BYTES / 1024 / 1024 / 1024} GB`;

/** "1.2 GB" or "612 MB", for the size of a file against the limit. */
export function fileSizeInWords(bytes: number): string {
  return bytes >= 1024 * 1024 * 1024
    ? `${(Math.ceil((bytes / 1024 / 1024 / 1024) * 10) / 10).toFixed(1)} GB`
    : sizeInWords(bytes);
}

/** One file holds one board, or every board on the device ("Back up every board"). */
export type BoardFileContents = 'board' | 'backup';

/** A record of a board, by the table it belongs in (every table but `boards`). */
export interface TableRecord {
  table: TableName;
  record: AnyRecord;
}

/** A board and every record on it: what one board of a file holds, and what is stored here. */
export interface BoardRecords {
  board: Board;
  records: TableRecord[];
}

/** A board file read and checked: nothing in it refers to a record it does not hold. */
export interface OpenedBoardFile {
  fileName: string;
  contents: BoardFileContents;
  appVersion: string;
  savedAt: string;
  /** The file's statement of how it was redacted, or null for a full copy. */
  redaction: string | null;
  boards: BoardRecords[];
}

/** Characters that cannot be in a file name on Windows, macOS or Linux, and control characters. */
const UNSAFE_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]+/gu;

/** `Harrowfield training board 2026-12-06.board.json`. */
export function boardFileName(title: string, date: string): string {
  const safe = title.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `${safe || 'Board'} ${date}.board.json`;
}

/** `Peers and Places backup 2026-12-06.json`. */
export const backupFileName = (date: string) => `Peers and Places backup ${date}.json`;
