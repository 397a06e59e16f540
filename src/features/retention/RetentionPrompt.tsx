import { useState } from 'react';
import { BOARD_LIST_SCOPE } from '../../commands/command';
import { formatDate } from '../../domain/dates';
import type { Board } from '../../domain/kinds/board';
import { Dialog } from '../../ui/Dialog';
import { ExtendRetentionForm } from './ExtendRetentionForm';

/**
 * Shown when the board list opens (until "Decide later", once a session: useRetentionPrompt.ts) while any board is
 * past its retention date: each is kept with a new date and a reason (logged) or deleted through
 * the usual confirmation. "Decide later" asks again next session.
 */
export function RetentionPrompt({
  boards,
  onDelete,
  onLater,
}: {
  boards: readonly Board[];
  onDelete: (board: Board) => void;
  onLater: () => void;
}) {
  const [extending, setExtending] = useState<string | null>(null);
  return (
    <Dialog title="Boards past their retention date" open onClose={onLater}>
      <p>
        Your retention policy says these boards should now be deleted. Keep each one longer (say
        why: the board&rsquo;s change log records it) or delete it.
      </p>
      <ul className="retention-due" aria-label="Boards past their retention date">
        {boards.map((b) => (
          <li key={b.id} aria-label={b.title}>
            <div className="retention-board">
              <strong>{b.title}</strong>
              <span className="overdue">Keep until {formatDate(b.retentionDate)} (passed)</span>
              {extending !== b.id && (
                <span className="card-actions">
                  <button
                    type="button"
                    onClick={() => setExtending(b.id)}
                    aria-label={`Extend ${b.title}…`}
                  >
                    Extend…
                  </button>
                  <button
                    type="button"
                    onClick={() => onDelete(b)}
                    aria-label={`Delete ${b.title}`}
                  >
                    Delete
                  </button>
                </span>
              )}
            </div>
            {extending === b.id && (
              <ExtendRetentionForm
                board={b}
                scope={BOARD_LIST_SCOPE}
                onDone={() => setExtending(null)}
              />
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onLater} autoFocus>
          Decide later
        </button>
      </div>
    </Dialog>
  );
}
