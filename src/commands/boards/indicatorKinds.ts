import { WriteRejected, type Reader } from '../../db/writer';
import {
  duplicateLabel,
  indicatorUses,
  indicatorUsesByKind,
  kindKeyFor,
} from '../../domain/indicatorKinds';
import type { Board, IndicatorKind } from '../../domain/kinds/board';
import type { Command } from '../command';

async function storedBoard(reader: Reader, board: Board): Promise<Board> {
  const current = await reader.get('boards', board.id);
  if (!current)
    throw new WriteRejected('This board no longer exists (deleted in another tab?)', 'conflict');
  return current;
}

/** A change to the board's indicator list, applied to the list as stored at write time. */
function editKinds(
  board: Board,
  label: string,
  coalesceKey: string | undefined,
  apply: (kinds: IndicatorKind[], reader: Reader) => Promise<IndicatorKind[]>,
): Command {
  return {
    name: 'editIndicatorKinds',
    label,
    scope: board.id,
    boardId: board.id,
    coalesceKey,
    plan: async (reader) => {
      const current = await storedBoard(reader, board);
      const indicatorKinds = await apply([...current.indicatorKinds], reader);
      return [{ table: 'boards', id: board.id, after: { ...current, indicatorKinds } }];
    },
  };
}

const refuse = (message: string): never => {
  throw new WriteRejected(message, 'validation');
};

/** Adds a kind of indicator to the board's list, with a key made from its label. */
export function addIndicatorKind(board: Board, label: string, exploitation: boolean): Command {
  const text = label.trim();
  return editKinds(board, `Add indicator “${text}”`, undefined, async (kinds, reader) => {
    const problem = duplicateLabel(text, kinds);
    if (problem) refuse(problem);
    const people = await reader.byBoard('people', board.id);
    const taken = new Set([...kinds.map((k) => k.key), ...indicatorUsesByKind(people).keys()]);
    return [...kinds, { key: kindKeyFor(text, taken), label: text, exploitation }];
  });
}

/** Renames a kind; indicators keep its key, so every recorded one shows the new name. */
export function renameIndicatorKind(board: Board, key: string, label: string): Command {
  return editKinds(board, `Rename indicator to “${label}”`, `kind:${board.id}:${key}`, (kinds) => {
    const problem = duplicateLabel(label, kinds, key);
    if (problem) refuse(problem);
    return Promise.resolve(kinds.map((k) => (k.key === key ? { ...k, label } : k)));
  });
}

/** Marks whether a kind counts towards a cumulative concern about exploitation. */
export function flagIndicatorKind(board: Board, key: string, exploitation: boolean): Command {
  const kind = board.indicatorKinds.find((k) => k.key === key);
  const words = exploitation ? 'Count' : 'Stop counting';
  return editKinds(
    board,
    `${words} “${kind?.label ?? key}” towards exploitation concern`,
    undefined,
    (kinds) => Promise.resolve(kinds.map((k) => (k.key === key ? { ...k, exploitation } : k))),
  );
}

/**
 * Removes a kind from the list. Refused while any person has an indicator of that kind: the
 * indicator would lose its name, and a pattern over time could no longer be read.
 */
export function removeIndicatorKind(board: Board, key: string): Command {
  const kind = board.indicatorKinds.find((k) => k.key === key);
  const name = kind?.label ?? key;
  return editKinds(board, `Remove indicator “${name}”`, undefined, async (kinds, reader) => {
    const uses = indicatorUses(await reader.byBoard('people', board.id), key);
    if (uses > 0)
      refuse(
        `“${name}” is used by ${uses} recorded ${uses === 1 ? 'indicator' : 'indicators'}, so it stays in the list. Remove or change ${uses === 1 ? 'that indicator' : 'those indicators'} first.`,
      );
    return kinds.filter((k) => k.key !== key);
  });
}
