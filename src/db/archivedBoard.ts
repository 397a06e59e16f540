import type { Board } from '../domain/kinds/board';

export const ARCHIVED = 'This board is archived (read only): restore it to change it.';

/**
 * An archived board is read only: the one rule the writer applies to every command, undo and
 * redo. Only a write that restores the board (or deletes it) goes ahead, and keeping it past its
 * retention date (decided whether or not it is archived).
 */
export function refusedAsArchived(
  board: Board | undefined,
  boardId: string,
  command: string,
  drafts: readonly { table: string; id: string; after: unknown }[],
): boolean {
  if (!board?.archived || command === 'extendRetention') return false;
  const restores = drafts.some(
    (d) => d.table === 'boards' && d.id === boardId && !(d.after as Board | null)?.archived,
  );
  return !restores;
}
