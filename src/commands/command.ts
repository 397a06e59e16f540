import type { Draft, Reader } from '../db/writer';

/** Undo scope for commands on the board list (create, rename, duplicate, delete boards). */
export const BOARD_LIST_SCOPE = 'board-list';

/**
 * A user's intent, ready to run on the bus. A command only plans: it reads what it needs and says
 * what records should become. The bus validates, writes, logs and makes the inverse for undo.
 */
export interface Command {
  /** Stable name for the change log, e.g. `addPerson`. */
  name: string;
  /** What the user did, in their words, e.g. `Add Ali`; shown on undo and in the change log. */
  label: string;
  /** What the change log records, when it must differ from the label (e.g. to leave out a title). */
  audit?: string;
  /** Which undo history this belongs to: a board id or the board list. */
  scope: string;
  /** The board the change log entry is filed under. */
  boardId: string;
  /** Commands with the same key in quick succession (typing, nudging) merge into one undo step. */
  coalesceKey?: string;
  /**
   * A consequence of this tab's last step (a record drawn in a meeting joining its agenda): merged
   * into that undo step, so one Undo takes back both.
   */
  joinsPrevious?: boolean;
  /** Records keep the times they are given (a board from a file): see `WriteMeta.keepStamps`. */
  keepStamps?: boolean;
  plan(reader: Reader): Promise<Draft[]>;
}
