import { readStoredBoards } from '../../commands/boardFile/readBoards';
import { todayString } from '../../domain/dates';
import { APP_VERSION } from '../../domain/formats/boardFile/appVersion';
import { backupFileName, boardFileName } from '../../domain/formats/boardFile/format';
import { writeBoardFile } from '../../domain/formats/boardFile/writeBoardFile';
import type { Redaction } from '../../domain/formats/redaction';

export interface SaveChoice {
  redaction: Redaction | null;
  /** Never kept: used to protect this one file. */
  passphrase: string | null;
}

export interface MadeFile {
  blob: Blob;
  fileName: string;
  boards: number;
  /** Records that failed their schema as stored: kept aside here, left out of the file. */
  leftOut: number;
}

/**
 * The board file of one board (or, `boardId` null, the backup of every board), ready to download:
 * what "Save board to file" and "Back up every board" run, and what the benchmark times.
 */
export async function makeBoardFile(boardId: string | null, choice: SaveChoice): Promise<MadeFile> {
  const stored = await readStoredBoards(boardId === null ? null : [boardId]);
  const [first] = stored;
  if (boardId !== null && !first)
    throw new Error('The board is no longer on this device (deleted, perhaps in another tab).');
  if (!first) throw new Error('There are no boards on this device to back up.');
  const blob = await writeBoardFile(stored, {
    contents: boardId === null ? 'backup' : 'board',
    appVersion: APP_VERSION,
    savedAt: new Date().toISOString(),
    redaction: choice.redaction,
    passphrase: choice.passphrase,
  });
  const today = todayString();
  return {
    blob,
    fileName: boardId === null ? backupFileName(today) : boardFileName(first.board.title, today),
    boards: stored.length,
    leftOut: stored.reduce((n, b) => n + b.leftOut.length, 0),
  };
}
