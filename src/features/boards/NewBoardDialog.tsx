import { useState, type FormEvent } from 'react';
import { runCommand } from '../../commands/bus';
import { createBoard } from '../../commands/boards/createBoard';
import { currentUserName } from '../../commands/identity';
import { addDays, todayString } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { DEFAULT_CLASSIFICATION } from '../../domain/vocabulary';
import { Dialog } from '../../ui/Dialog';
import { FieldShell } from '../../ui/fields';
import { boardFormErrors, type BoardFormErrors, type BoardFormFields } from './boardValidation';

interface Props {
  open: boolean;
  onClose: () => void;
  onCreated: (boardId: string) => void;
}

/** "Why are we mapping?": a board starts with its purpose, owner and review date. */
export function NewBoardDialog({ open, onClose, onCreated }: Props) {
  const [fields, setFields] = useState<BoardFormFields>(() => ({
    title: '',
    purpose: '',
    owner: currentUserName(),
    reviewDate: addDays(todayString(), 90),
    classification: DEFAULT_CLASSIFICATION,
    namePolicy: 'full',
  }));
  const [errors, setErrors] = useState<BoardFormErrors>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const set = <K extends keyof BoardFormFields>(key: K, value: BoardFormFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = boardFormErrors(fields);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const id = newId();
    const result = await runCommand(createBoard(id, fields));
    if (result.ok) onCreated(id);
    else setSaveError(result.message);
  };

  const text = (key: 'title' | 'owner', label: string, hint?: string) => (
    <FieldShell label={label} error={errors[key]} hint={hint}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          value={fields[key]}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          autoFocus={key === 'title'}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FieldShell>
  );

  return (
    <Dialog title="New board" open={open} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {text('title', 'Title')}
        <FieldShell
          label="Why are we mapping?"
          error={errors.purpose}
          hint="The purpose, e.g. a strategy meeting about a peer group."
        >
          {({ inputId, describedBy, invalid }) => (
            <textarea
              id={inputId}
              value={fields.purpose}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('purpose', e.target.value)}
            />
          )}
        </FieldShell>
        {text('owner', 'Owner', 'Who is responsible for this board.')}
        <FieldShell label="Review date" error={errors.reviewDate}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              type="date"
              value={fields.reviewDate}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('reviewDate', e.target.value)}
            />
          )}
        </FieldShell>
        <FieldShell label="Classification marking" error={errors.classification}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              value={fields.classification}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => set('classification', e.target.value)}
            />
          )}
        </FieldShell>
        {saveError && (
          <p className="field-error" role="alert">
            {saveError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Create board
          </button>
        </div>
      </form>
    </Dialog>
  );
}
