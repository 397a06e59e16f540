import { useId, useState, type FormEvent, type Ref } from 'react';
import { addAction } from '../../commands/actions/actionCommands';
import { runCommand } from '../../commands/bus';
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

type TextKey = Exclude<keyof ActionDraft, 'context'>;

/**
 * A new action being typed, shared by the panel's form and the meeting's quick capture: each
 * refused field keeps what was typed and says why beside it; nothing is stored until all are right.
 */
export function useActionDraft(
  boardId: string,
  target: ActionTarget,
  meetingId: string | null,
  onAdded: () => void,
  /** What the Action field starts with; later drafts (after a save) start empty. */
  initialDescription = '',
) {
  const [draft, setDraft] = useState<ActionDraft>(() => ({
    ...emptyDraft(),
    description: initialDescription,
  }));
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
    onAdded();
  };
  /** One labelled input of the draft, with its problem (if any) announced beside it. */
  const field = (
    key: TextKey,
    label: string,
    extra: {
      hint?: string;
      type?: 'date';
      suggestAgencies?: boolean;
      ref?: Ref<HTMLInputElement>;
    } = {},
  ) => (
    <FieldShell label={label} error={problems[key]} hint={extra.hint}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          ref={extra.ref}
          type={extra.type ?? 'text'}
          list={extra.suggestAgencies ? agencies : undefined}
          value={draft[key]}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FieldShell>
  );
  const agencyList = (
    <datalist id={agencies}>
      {suggestedAgencies.map((a) => (
        <option key={a} value={a} />
      ))}
    </datalist>
  );
  const refusal = refused && (
    <p className="field-error" role="alert">
      {refused}
    </p>
  );
  return { draft, set, submit, field, agencyList, refusal };
}
