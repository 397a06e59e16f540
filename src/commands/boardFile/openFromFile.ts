import { WriteRejected } from '../../db/writer';
import { planOpen, type OpenChoice } from '../../domain/formats/boardFile/openPlans';
import type { BoardRecords } from '../../domain/formats/boardFile/format';
import { newId } from '../../domain/ids';
import { BOARD_LIST_SCOPE, type Command } from '../command';
import { recordsOfBoard } from '../boards/boardRecords';

const labels: Record<OpenChoice, (title: string) => string> = {
  add: (t) => `Open board “${t}” from file`,
  replace: (t) => `Replace board “${t}” from file`,
  merge: (t) => `Merge board “${t}” from file`,
  copy: (t) => `Add “${t}” from file as a copy`,
};

/**
 * Brings one board of a checked board file in, as `choice` (domain/formats/boardFile/openPlans.ts),
 * in one step on the board list's undo history. The plan is made again inside the write, from the
 * board as stored at that moment, so an edit made in another tab since the preview is not lost
 * to a stale plan. Records keep the times they carry: a later merge compares them.
 */
export function openFromFile(
  choice: OpenChoice,
  incoming: BoardRecords,
  makeId: () => string = newId,
): Command {
  const boardId = choice === 'copy' ? makeId() : incoming.board.id;
  return {
    name: 'openBoardFile',
    label: labels[choice](incoming.board.title),
    scope: BOARD_LIST_SCOPE,
    boardId,
    keepStamps: true,
    plan: async (reader) => {
      const stored = await reader.get('boards', incoming.board.id);
      if (choice === 'add' && stored)
        throw new WriteRejected(
          `The board “${incoming.board.title}” is already on this device (added meanwhile, perhaps in another tab): open the file again to replace or merge it.`,
          'conflict',
        );
      if ((choice === 'replace' || choice === 'merge') && !stored)
        throw new WriteRejected(
          `The board “${incoming.board.title}” is no longer on this device (deleted meanwhile, perhaps in another tab): open the file again to add it.`,
          'conflict',
        );
      const here = stored
        ? { board: stored, records: await recordsOfBoard(reader, stored.id, { includeLog: true }) }
        : null;
      // A copy's board id is chosen above, so the command files its log entry under it.
      const { puts } = planOpen(choice, incoming, here, { boardId, makeId });
      // Every record of a board added (or copied) is new here and was checked with its kind's
      // schema when the file was read (readBoards.ts): the writer adds it without reading or
      // checking it again (Draft.fresh), and would refuse the whole write if an id were taken.
      if (choice !== 'add' && choice !== 'copy') return puts;
      return puts.map((p) => (p.after ? { ...p, fresh: true } : p));
    },
  };
}
