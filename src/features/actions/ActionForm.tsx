import { formatDate } from '../../domain/dates';
import { contextKeys } from '../../domain/vocabulary';
import { FieldShell } from '../../ui/fields';
import type { ActionDraft, ActionTarget } from './actionDraft';
import { useActionDraft } from './useActionDraft';

interface Props {
  boardId: string;
  target: ActionTarget;
  meetingId?: string | null;
  /** Called once the action is stored. */
  onAdded?: () => void;
  onCancel?: () => void;
}

/**
 * The full "new action" form of a panel. A refused field keeps what was typed and says why next to
 * it; nothing is stored until every field is right.
 */
export function ActionForm({ boardId, target, meetingId = null, onAdded, onCancel }: Props) {
  const { draft, set, submit, field, agencyList, refusal } = useActionDraft(
    boardId,
    target,
    meetingId,
    () => onAdded?.(),
  );
  return (
    <form
      className="action-form"
      aria-label="New action"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {field('description', 'Action')}
      {field('agency', 'Owning agency', { suggestAgencies: true })}
      {agencyList}
      {field('partners', 'Also agencies', {
        hint: 'Other agencies working on it with the owner. Separate with commas.',
      })}
      {field('owner', 'Named owner')}
      {field('goal', 'Goal')}
      <FieldShell label="Context it addresses">
        {({ inputId }) => (
          <select
            id={inputId}
            value={draft.context}
            onChange={(e) => set('context', e.target.value as ActionDraft['context'])}
          >
            <option value="">None in particular</option>
            {contextKeys.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <div className="grid2">
        {field('dueDate', 'Due date', {
          type: 'date',
          hint: draft.dueDate ? formatDate(draft.dueDate) : undefined,
        })}
        {field('reviewDate', 'Review date', { type: 'date' })}
      </div>
      {refusal}
      <button type="submit">Add action</button>{' '}
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}
