import { useState, type FormEvent } from 'react';
import { runCommand } from '../../commands/bus';
import { BOARD_LIST_SCOPE } from '../../commands/command';
import { updateBoard } from '../../commands/boards/updateBoard';
import { formatDate, todayString } from '../../domain/dates';
import type { Board } from '../../domain/kinds/board';
import { nameProblem } from '../../domain/text';
import { FieldShell } from '../../ui/fields';

interface Props {
  board: Board;
  onOpen: () => void;
  onDuplicate: () => void;
  /** "Save board to file" (features/boardFile). */
  onSave: () => void;
  onDelete: () => void;
  /** Read only and out of the main list (features/retention). */
  onArchive: () => void;
}

/** One board in the list, renamed in place. */
export function BoardCard({ board, onOpen, onDuplicate, onSave, onDelete, onArchive }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(board.title);
  const [error, setError] = useState<string | null>(null);
  const overdue = board.reviewDate < todayString();

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const problem = nameProblem(title, 'title');
    if (problem) {
      setError(problem);
      return;
    }
    const result = await runCommand(updateBoard(board, { title }, BOARD_LIST_SCOPE));
    if (result.ok) {
      setRenaming(false);
      setError(null);
    } else setError(result.message);
  };

  return (
    <li className="board-card" aria-label={board.title}>
      {renaming ? (
        <form onSubmit={(e) => void save(e)} noValidate>
          <FieldShell label="New title" error={error}>
            {({ inputId, describedBy, invalid }) => (
              <input
                id={inputId}
                value={title}
                autoFocus
                aria-invalid={invalid}
                aria-describedby={describedBy}
                onChange={(e) => setTitle(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Escape') {
                    e.stopPropagation();
                    setRenaming(false);
                    setError(null);
                  }
                }}
              />
            )}
          </FieldShell>
          <div className="card-actions">
            <button type="submit" className="primary">
              Save title
            </button>
            <button type="button" onClick={() => setRenaming(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <h2>{board.title}</h2>
      )}
      <p className="purpose">{board.purpose}</p>
      <dl>
        <dt>Owner</dt>
        <dd>{board.owner}</dd>
        <dt>Review</dt>
        <dd className={overdue ? 'overdue' : undefined}>
          {formatDate(board.reviewDate)}
          {overdue && ' (review overdue)'}
        </dd>
        {/* No date yet is said plainly: it nudges the owner to set one in the board's details.
            (A date passed is put to the chair when the list opens: features/retention.) */}
        <dt>Keep until</dt>
        <dd>{formatDate(board.retentionDate) || 'Not set'}</dd>
        <dt>Marking</dt>
        <dd>{board.classification || 'None'}</dd>
      </dl>
      <div className="card-actions">
        <button
          type="button"
          className="primary"
          onClick={onOpen}
          aria-label={`Open ${board.title}`}
        >
          Open
        </button>
        <button
          type="button"
          onClick={() => {
            setTitle(board.title);
            setRenaming(true);
          }}
          aria-label={`Rename ${board.title}`}
        >
          Rename
        </button>
        <button type="button" onClick={onDuplicate} aria-label={`Duplicate ${board.title}`}>
          Duplicate
        </button>
        <button type="button" onClick={onSave} aria-label={`Save board to file: ${board.title}`}>
          Save board to file
        </button>
        <button type="button" onClick={onArchive} aria-label={`Archive ${board.title}`}>
          Archive
        </button>
        <button type="button" onClick={onDelete} aria-label={`Delete ${board.title}`}>
          Delete
        </button>
      </div>
    </li>
  );
}
