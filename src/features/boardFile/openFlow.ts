import { runCommand, type RunResult } from '../../commands/bus';
import { BOARD_LIST_SCOPE } from '../../commands/command';
import { openFromFile } from '../../commands/boardFile/openFromFile';
import {
  idsTakenElsewhere,
  readStoredBoard,
  type StoredBoard,
} from '../../commands/boardFile/readBoards';
import type { BoardRecords, OpenedBoardFile } from '../../domain/formats/boardFile/format';
import type { OpenChoice } from '../../domain/formats/boardFile/openPlans';
import { useStatus } from '../../state/statusStore';

/** A board of an opened file, with what this device already has of it. */
export interface PreparedBoard {
  incoming: BoardRecords;
  /** The board as stored here, or null when it is not on this device. */
  here: StoredBoard | null;
  /** Records of the file whose ids another board here uses: it can only come in as a copy. */
  idsTaken: number;
}

export async function prepareBoards(file: OpenedBoardFile): Promise<PreparedBoard[]> {
  const out: PreparedBoard[] = [];
  for (const incoming of file.boards) {
    const here = await readStoredBoard(incoming.board.id);
    const own = new Set(here?.records.map(({ table, record }) => `${table}\u0000${record.id}`));
    out.push({ incoming, here, idsTaken: await idsTakenElsewhere(incoming, own) });
  }
  return out;
}

/** The choices open for a board: a board not here is added unless its ids are taken. */
export function choicesFor(board: PreparedBoard): OpenChoice[] {
  if (board.idsTaken > 0) return ['copy'];
  return board.here ? ['replace', 'merge', 'copy'] : ['add'];
}

/** Writes one board of a file as chosen: one command, one undo step on the board list. */
export function commitOpen(choice: OpenChoice, incoming: BoardRecords): Promise<RunResult> {
  return runCommand(openFromFile(choice, incoming));
}

const done: Record<OpenChoice, string> = {
  add: 'Opened',
  replace: 'Replaced',
  merge: 'Merged',
  copy: 'Added a copy of',
};

/** Says what was opened, with Undo when one step would take it back. */
export function notifyOpened(
  fileName: string,
  opened: { choice: OpenChoice; title: string }[],
): void {
  if (opened.length === 0) return;
  const [only] = opened;
  const text =
    opened.length === 1 && only
      ? `${done[only.choice]} “${only.title}” from “${fileName}”.`
      : `Opened ${opened.length} boards from “${fileName}”: ${opened.map((o) => `${done[o.choice].toLowerCase()} “${o.title}”`).join(', ')}.`;
  useStatus
    .getState()
    .notify({ tone: 'info', text, undoScope: opened.length === 1 ? BOARD_LIST_SCOPE : undefined });
}
