import { useState, type FormEvent } from 'react';
import { runCommand } from '../../commands/bus';
import { extendRetention } from '../../commands/boards/retention';
import { addDays, formatDate, todayString } from '../../domain/dates';
import type { Board } from '../../domain/kinds/board';
import { extensionProblem, REASON_MAX } from '../../domain/retention';
import { useStatus } from '../../state/statusStore';
import { FieldShell } from '../../ui/fields';

/** A later keep-until date and the reason for it, both required. */
export function ExtendRetentionForm({
  board,
  scope,
  onDone,
}: {
  board: Board;
  scope: string;
  onDone: () => void;
}) {
  const [until, setUntil] = useState(() => addDays(todayString(), 365));
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ field: 'until' | 'reason' | 'form'; text: string } | null>(
    null,
  );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problem = extensionProblem(until, reason);
    if (problem) {
      setError({ field: /date|after today/i.test(problem) ? 'until' : 'reason', text: problem });
      return;
    }
    const result = await runCommand(extendRetention(board, until, reason, scope));
    if (!result.ok) {
      setError({ field: 'form', text: result.message });
      return;
    }
    useStatus.getState().notify({
      tone: 'info',
      text: `Keeping “${board.title}” until ${formatDate(until)}.`,
      undoScope: scope,
    });
    onDone();
  };

  return (
    <form
      className="extend-retention"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={`Keep ${board.title} longer`}
    >
      <FieldShell label="Keep until" error={error?.field === 'until' ? error.text : null}>
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            type="date"
            value={until}
            min={addDays(todayString(), 1)}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => setUntil(e.target.value)}
          />
        )}
      </FieldShell>
      <FieldShell
        label="Reason for keeping it"
        error={error?.field === 'reason' ? error.text : null}
        hint="Recorded in the board's change log."
      >
        {({ inputId, describedBy, invalid }) => (
          <input
            id={inputId}
            value={reason}
            maxLength={REASON_MAX}
            autoFocus
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </FieldShell>
      {error?.field === 'form' && (
        <p className="field-error" role="alert">
          {error.text}
        </p>
      )}
      <div className="card-actions">
        <button type="submit" className="primary">
          Keep board
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
