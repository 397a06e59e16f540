import { useEffect, useRef } from 'react';
import { formatDate } from '../../domain/dates';
import type { ActionTarget } from './actionDraft';
import { useActionDraft } from './useActionDraft';

interface Props {
  boardId: string;
  target: ActionTarget;
  /** Who or what it is for, in words already masked for the screen ("Amira", "the whole board"). */
  targetName: string;
  /** The meeting the action was agreed in, if any. */
  meetingId?: string | null;
  /** What the Action field starts with (e.g. a contextual check's suggestion). */
  initialDescription?: string;
  /** `true` once the action is stored; `false` when cancelled with Escape or the button. */
  onDone: (added: boolean) => void;
}

/**
 * Quick capture during a meeting: what, which agency, by when (two weeks unless changed). Enter
 * saves, Escape cancels. Owner, goal and review date can be filled in from the panel later.
 */
export function ActionCapture({
  boardId,
  target,
  targetName,
  meetingId = null,
  initialDescription = '',
  onDone,
}: Props) {
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const { draft, submit, field, agencyList, refusal } = useActionDraft(
    boardId,
    target,
    meetingId,
    () => onDone(true),
    initialDescription,
  );
  return (
    <form
      className="action-capture"
      aria-label={`Quick action for ${targetName}`}
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onDone(false);
      }}
    >
      <p className="action-capture-title">
        New action for <strong>{targetName}</strong>
      </p>
      {field('description', 'Action', { ref: first })}
      {field('agency', 'Owning agency', { suggestAgencies: true })}
      {agencyList}
      {field('dueDate', 'Due date', {
        type: 'date',
        hint: draft.dueDate ? `Due ${formatDate(draft.dueDate)}` : undefined,
      })}
      {refusal}
      <p className="small muted">Enter saves · Escape cancels</p>
      <button type="submit">Save action</button>{' '}
      <button type="button" onClick={() => onDone(false)}>
        Cancel
      </button>
    </form>
  );
}
