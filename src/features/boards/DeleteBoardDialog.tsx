import { useEffect, useState } from 'react';
import { runCommand } from '../../commands/bus';
import { deleteBoard } from '../../commands/boards/deleteBoard';
import { BOARD_LIST_SCOPE } from '../../commands/command';
import { countBoardContent } from '../../db/queries';
import type { Board } from '../../domain/kinds/board';
import { useStatus } from '../../state/statusStore';
import { Dialog } from '../../ui/Dialog';
import { saveBoardToFile } from '../boardFile';
import { describeCounts } from './describeCounts';

/** Confirms a board deletion, naming exactly what will be lost. */
export function DeleteBoardDialog({ board, onClose }: { board: Board; onClose: () => void }) {
  const [summary, setSummary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void countBoardContent(board.id).then((c) => live && setSummary(describeCounts(c)));
    return () => {
      live = false;
    };
  }, [board.id]);

  const confirm = async () => {
    const result = await runCommand(deleteBoard(board));
    if (!result.ok) {
      setError(result.message);
      return;
    }
    useStatus.getState().notify({
      tone: 'info',
      text: `Deleted board “${board.title}”.`,
      undoScope: BOARD_LIST_SCOPE,
    });
    onClose();
  };

  return (
    <Dialog title={`Delete “${board.title}”?`} open onClose={onClose} alert>
      <p>
        This deletes the board and everything on it from this device:{' '}
        <strong>{summary ?? 'counting…'}</strong>, and its change log.
      </p>
      <p>
        You can undo straight afterwards in this tab. After that, a <strong>board file</strong> is
        the only copy: once this tab is closed the board cannot be brought back unless you saved it
        with <strong>Save board to file</strong>.
      </p>
      <p>
        <button type="button" onClick={() => saveBoardToFile(board)}>
          Save board to file first
        </button>
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Keep the board
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void confirm()}
          disabled={summary === null}
        >
          Delete board
        </button>
      </div>
    </Dialog>
  );
}
