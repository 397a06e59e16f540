import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { addAction } from '../../commands/actions/actionCommands';
import { runCommand } from '../../commands/bus';
import { formatDate } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { suggestedAgencies } from '../../domain/vocabulary';
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
  /** Who or what it is for, in words already masked for the screen ("Amira", "the whole board"). */
  targetName: string;
  /** The meeting the action was agreed in, if any. */
  meetingId?: string | null;
  /** `true` once the action is stored; `false` when cancelled with Escape or the button. */
  onDone: (added: boolean) => void;
}

/**
 * Quick capture during a meeting: what, which agency, by when (two weeks unless changed). Enter
 * saves, Escape cancels. Owner, goal and review date can be filled in from the panel later.
 */
export function ActionCapture({ boardId, target, targetName, meetingId = null, onDone }: Props) {
  const [draft, setDraft] = useState<ActionDraft>(() => emptyDraft());
  const [problems, setProblems] = useState<DraftProblems>({});
  const [refused, setRefused] = useState<string | null>(null);
  const first = useRef<HTMLInputElement>(null);
  const agencies = useId();
  useEffect(() => first.current?.focus(), []);
  const set = (key: 'description' | 'agency' | 'dueDate', value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (problems[key]) setProblems((p) => ({ ...p, [key]: undefined }));
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const checked = checkDraft(draft, target, meetingId);
    if (!checked.ok) return setProblems(checked.problems);
    const result = await runCommand(addAction(boardId, newId(), checked.fields));
    if (!result.ok) return setRefused(result.message);
    onDone(true);
  };
  const field = (
    key: 'description' | 'agency' | 'dueDate',
    label: string,
    extra: { hint?: string; type?: string; list?: string } = {},
  ) => (
    <FieldShell label={label} error={problems[key]} hint={extra.hint}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          ref={key === 'description' ? first : undefined}
          type={extra.type ?? 'text'}
          list={extra.list}
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
      {field('description', 'Action')}
      {field('agency', 'Owning agency', { list: agencies })}
      <datalist id={agencies}>
        {suggestedAgencies.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      {field('dueDate', 'Due date', {
        type: 'date',
        hint: draft.dueDate ? `Due ${formatDate(draft.dueDate)}` : undefined,
      })}
      {refused && (
        <p className="field-error" role="alert">
          {refused}
        </p>
      )}
      <p className="small muted">Enter saves · Escape cancels</p>
      <button type="submit">Save action</button>{' '}
      <button type="button" onClick={() => onDone(false)}>
        Cancel
      </button>
    </form>
  );
}
