import { useState, type FormEvent } from 'react';
import { setUserName, USER_NAME_SETTING } from '../commands/identity';
import { saveSetting } from '../db/queries';
import { nameProblem } from '../domain/text';
import { Dialog } from '../ui/Dialog';
import { FieldShell } from '../ui/fields';

/** Asked once per device: the name recorded in the change log beside every change. */
export function AskNameDialog({ onDone }: { onDone: (name: string) => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    const problem = nameProblem(trimmed, 'name');
    if (problem) {
      setError(problem);
      return;
    }
    await saveSetting(USER_NAME_SETTING, trimmed);
    setUserName(trimmed);
    onDone(trimmed);
  };
  return (
    <Dialog title="Who is using this device?" open onClose={() => undefined}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <p>
          Your name is kept on this device only and recorded in each board's change log beside the
          changes you make.
        </p>
        <FieldShell label="Your name" error={error}>
          {({ inputId, describedBy, invalid }) => (
            <input
              id={inputId}
              value={name}
              autoFocus
              aria-invalid={invalid}
              aria-describedby={describedBy}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FieldShell>
        <div className="dialog-actions">
          <button type="submit" className="primary">
            Continue
          </button>
        </div>
      </form>
    </Dialog>
  );
}
