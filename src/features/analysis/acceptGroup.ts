import type { RunResult } from '../../commands/bus';
import type { BoardContent } from '../../db/queries';

/**
 * Makes a suggested group a group (the groups feature's createNamedGroup). Handed down from the
 * board page rather than imported by the panel: code both the board page and the lazily loaded
 * panel imported would be split into a chunk of its own, fetched before the first board is drawn.
 */
export type AcceptGroup = (
  content: BoardContent,
  name: string,
  memberIds: readonly string[],
) => Promise<RunResult>;
