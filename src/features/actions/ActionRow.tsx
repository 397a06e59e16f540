import { useState } from 'react';
import { deleteActions, updateAction } from '../../commands/actions/actionCommands';
import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import { isOverdue } from '../../domain/actionStatus';
import { formatDate } from '../../domain/dates';
import { actionKind, type Action } from '../../domain/kinds/action';
import { actionStatuses, labelOf } from '../../domain/vocabulary';
import { RecordFields } from '../records';

/** One action in a panel's list: a summary line, and every field in place when opened. */
export function ActionRow({
  action,
  today,
  mask,
}: {
  action: Action;
  today: string;
  mask: (text: string) => string;
}) {
  const [open, setOpen] = useState(false);
  const overdue = isOverdue(action, today);
  const agencies = action.partners.length
    ? `${action.agency} with ${action.partners.join(', ')}`
    : action.agency;
  const who = [agencies, action.owner].filter(Boolean).join(', ');
  return (
    <li className={`action-row${overdue ? ' is-overdue' : ''}`}>
      <div className="action-summary">
        <span className="action-description">{mask(action.description)}</span>
        <span className="small muted">
          {labelOf(actionStatuses, action.status)} · due {formatDate(action.dueDate)}
          {overdue && <strong className="overdue-word"> · overdue</strong>} · {who}
        </span>
      </div>
      <button
        type="button"
        aria-expanded={open}
        aria-label={`${open ? 'Close' : 'Edit'} action: ${mask(action.description)}`}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Close' : 'Edit'}
      </button>
      {open && (
        <div className="action-editor">
          <RecordFields
            key={action.id}
            table="actions"
            record={action}
            defs={actionKind.fields}
            save={(patch) => runCommand(updateAction(action, patch))}
            onEndEdit={() => history.seal(action.boardId)}
          />
          <button
            type="button"
            aria-label={`Delete action: ${mask(action.description)}`}
            onClick={() => void runCommand(deleteActions(action.boardId, [action]))}
          >
            Delete action
          </button>
        </div>
      )}
    </li>
  );
}
