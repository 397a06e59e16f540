import { runCommand } from '../commands/bus';
import { deleteBoard } from '../commands/boards/deleteBoard';
import { db } from '../db/database';
import { loadBoardFileTools } from '../features/boardFile';

// The benchmark's board-file timings (boardFileSave2000Ms, boardFileOpen2000Ms), part of the
// e2e-only test API (testApi.ts).

/** The last file `timeBoardFileSave` made, and its board, for `timeBoardFileOpen`. */
let savedBoardFile: { blob: Blob; boardId: string } | null = null;

/** How many records a command wrote, or its refusal as an error. */
async function runCommandResult(pending: ReturnType<typeof runCommand>): Promise<number> {
  const result = await pending;
  if (!result.ok) throw new Error(result.message);
  return result.changes.length;
}

export const boardFileTestApi = {
  /**
   * Times what "Save board to file" runs (no passphrase, no redaction): from the call to the
   * file's bytes ready. The file is kept for `timeBoardFileOpen`.
   */
  async timeBoardFileSave(boardId: string): Promise<{ ms: number; bytes: number }> {
    // Fetched when first used, so the board file code is not counted in the first download.
    const { makeBoardFile } = await loadBoardFileTools();
    const start = performance.now();
    const made = await makeBoardFile(boardId, { redaction: null, passphrase: null });
    const ms = performance.now() - start;
    savedBoardFile = { blob: made.blob, boardId };
    return { ms, bytes: made.blob.size };
  },
  /**
   * Deletes the board of the last saved file, then times opening that file as the open flow
   * does (read and check it, see what is here, write it as one command): from the file handed
   * over to the board's records committed.
   */
  async timeBoardFileOpen(): Promise<{
    ms: number;
    readMs: number;
    prepareMs: number;
    records: number;
  }> {
    if (!savedBoardFile) throw new Error('no board file saved yet');
    const board = await db().boards.get(savedBoardFile.boardId);
    if (board) {
      const deleted = await runCommand(deleteBoard(board));
      if (!deleted.ok) throw new Error(deleted.message);
    }
    const file = new File([savedBoardFile.blob], 'bench.board.json', { type: 'application/json' });
    const { commitOpen, prepareBoards, readBoardFile } = await loadBoardFileTools();
    const start = performance.now();
    const result = await readBoardFile(file, file.name);
    if (result.state !== 'opened') throw new Error(`the board file did not open: ${result.state}`);
    const readMs = performance.now() - start;
    const [prepared] = await prepareBoards(result.file);
    if (!prepared || prepared.here) throw new Error('the board was still here');
    const prepareMs = performance.now() - start - readMs;
    const written = await runCommandResult(commitOpen('add', prepared.incoming));
    return { ms: performance.now() - start, readMs, prepareMs, records: written };
  },
};
