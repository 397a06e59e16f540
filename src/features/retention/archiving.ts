import { runCommand } from '../../commands/bus';
import { setArchived } from '../../commands/boards/retention';
import type { Board } from '../../domain/kinds/board';
import { useStatus } from '../../state/statusStore';

/**
 * Archives a board (read only, out of the main list) or restores it, and says so with an Undo.
 * `scope` is the undo history it joins: the board list's, or the board's own on its page.
 */
export async function archive(board: Board, archived: boolean, scope: string): Promise<void> {
  const result = await runCommand(setArchived(board, archived, scope));
  const status = useStatus.getState();
  if (!result.ok) status.notify({ tone: 'error', text: result.message });
  else
    status.notify({
      tone: 'info',
      text: archived
        ? `Archived “${board.title}”: it is read only until restored.`
        : `Restored “${board.title}”.`,
      undoScope: scope,
    });
}
