import { BOARD_LIST_SCOPE } from '../../commands/command';
import { formatDate } from '../../domain/dates';
import type { Board } from '../../domain/kinds/board';
import { archive } from './archiving';

/**
 * The board list's archived boards, folded away under the main list: each opens read only, is
 * restored to the main list, or deleted.
 */
export function ArchivedBoards({
  boards,
  onOpen,
  onDelete,
}: {
  boards: readonly Board[];
  onOpen: (board: Board) => void;
  onDelete: (board: Board) => void;
}) {
  return (
    <details className="archived-boards">
      <summary>Archived boards ({boards.length})</summary>
      <p className="muted">Read only, kept until deleted. Restore one to work on it again.</p>
      <ul aria-label="Archived boards">
        {boards.map((b) => (
          <li key={b.id} aria-label={b.title}>
            <span className="archived-title">{b.title}</span>
            <span className="muted">
              {b.retentionDate ? `Keep until ${formatDate(b.retentionDate)}` : 'No keep-until date'}
            </span>
            <span className="card-actions">
              <button
                type="button"
                onClick={() => onOpen(b)}
                aria-label={`Open ${b.title} (read only)`}
              >
                Open
              </button>
              <button
                type="button"
                onClick={() => void archive(b, false, BOARD_LIST_SCOPE)}
                aria-label={`Restore ${b.title}`}
              >
                Restore
              </button>
              <button type="button" onClick={() => onDelete(b)} aria-label={`Delete ${b.title}`}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
