import { useEffect, useState } from 'react';
import { runRemoveDamagedBoard } from '../../commands/boards/removeDamagedBoard';
import type { QuarantinedRecord } from '../../db/loadValidation';
import { countBoardContent } from '../../db/queries';
import { useStatus } from '../../state/statusStore';
import { Dialog } from '../../ui/Dialog';
import { describeCounts } from './describeCounts';
import { QuarantineNotice } from './QuarantineNotice';

/**
 * Boards whose own record is stored but cannot be read: each is a row saying so and what can be
 * done. It is kept aside, not deleted, until the user removes it (with confirmation); nothing
 * else on the device changes. Other records kept aside are reported by the usual notice.
 */
export default function DamagedBoards({ records }: { records: readonly QuarantinedRecord[] }) {
  const [removing, setRemoving] = useState<QuarantinedRecord | null>(null);
  const boards = records.filter((r) => r.table === 'boards');
  const others = records.filter((r) => r.table !== 'boards');
  return (
    <>
      <QuarantineNotice records={others} />
      {boards.length > 0 && (
        <ul className="board-cards damaged-boards" aria-label="Boards that could not be read">
          {boards.map((r, i) => (
            <li
              key={`${r.id}:${i}`}
              className="board-card damaged-board"
              aria-label="A board could not be read (damaged)"
            >
              <h2>A board could not be read (damaged)</h2>
              <p>
                Its record on this device is damaged: {r.problem}. It is kept aside, not deleted:
                nothing else on this device changes, and your other boards are not affected. If you
                have a board file of it, open that file to bring the board back.
              </p>
              {r.id !== '(no id)' && (
                <div className="card-actions">
                  <button type="button" className="danger" onClick={() => setRemoving(r)}>
                    Remove it
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {removing && (
        <RemoveDamagedBoardDialog boardId={removing.id} onClose={() => setRemoving(null)} />
      )}
    </>
  );
}

/** Confirms removing a damaged board, naming what is stored with it. */
function RemoveDamagedBoardDialog({ boardId, onClose }: { boardId: string; onClose: () => void }) {
  const [summary, setSummary] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void countBoardContent(boardId).then((c) => {
      // A board that held nothing has "no records" under it, not "nothing yet".
      const said = describeCounts(c);
      if (live) setSummary(said === 'nothing yet' ? 'no records' : said);
    });
    return () => {
      live = false;
    };
  }, [boardId]);

  const confirm = async () => {
    const result = await runRemoveDamagedBoard(boardId);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    // No undo is offered: putting the damaged record back is exactly what the store refuses.
    useStatus.getState().notify({ tone: 'info', text: 'Removed the damaged board.' });
    onClose();
  };

  return (
    <Dialog title="Remove the damaged board?" open onClose={onClose} alert>
      <p>
        This removes the damaged board from this device, with what is stored under it:{' '}
        <strong>{summary ?? 'counting…'}</strong>, and its change log. Nothing else changes.
      </p>
      <p>
        It cannot be undone, and as it cannot be read it cannot be saved to a board file first: a
        board file you saved earlier is the only copy.
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose} autoFocus>
          Keep it aside
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => void confirm()}
          disabled={summary === null}
        >
          Remove it
        </button>
      </div>
    </Dialog>
  );
}
