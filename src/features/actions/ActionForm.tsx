import { useId, useState, type FormEvent } from 'react';
import { addAction } from '../../commands/actions/actionCommands';
import { runCommand } from '../../commands/bus';
import { formatDate } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { contextKeys, suggestedAgencies } from '../../domain/vocabulary';
import { FieldShell } from '../../ui/fields';
import {
  checkDraft,
  emptyDraft,
  type ActionDraft,
  type ActionTarget,
  type DraftProblems,
} from './actionDraft';

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
  const [draft, setDraft] = useState<ActionDraft>(() => emptyDraft());
  const [problems, setProblems] = useState<DraftProblems>({});
  const [refused, setRefused] = useState<string | null>(null);
  const agencies = useId();
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (problems[key]) setProblems((p) => ({ ...p, [key]: undefined }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDraft(draft, target, meetingId);
    if (!checked.ok) return setProblems(checked.problems);
    const result = await runCommand(addAction(boardId, newId(), checked.fields));
    if (!result.ok) return setRefused(result.message);
    setRefused(null);
    setProblems({});
    setDraft(emptyDraft());
    onAdded?.();
  };
  const text = (key: 'description' | 'agency' | 'owner' | 'goal', label: string, list = false) => (
    <FieldShell label={label} error={problems[key]}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          value={draft[key]}
          list={list ? agencies : undefined}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FieldShell>
  );
  const date = (key: 'dueDate' | 'reviewDate', label: string, hint?: string) => (
    <FieldShell label={label} error={problems[key]} hint={hint}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="date"
          value={draft[key]}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FieldShell>
  );
  return (
    <form
      className="action-form"
      aria-label="New action"
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {text('description', 'Action')}
      {text('agency', 'Owning agency', true)}
      <datalist id={agencies}>
        {suggestedAgencies.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {text('owner', 'Named owner')}
      {text('goal', 'Goal')}
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
        {date('dueDate', 'Due date', draft.dueDate ? formatDate(draft.dueDate) : undefined)}
        {date('reviewDate', 'Review date')}
      </div>
      {refused && (
        <p className="field-error" role="alert">
          {refused}
        </p>
      )}
      <button type="submit">Add action</button>{' '}
      {onCancel && (
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      )}
    </form>
  );
}
