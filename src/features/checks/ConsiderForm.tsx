import { useId, useState, type FormEvent } from 'react';
import { NAME_MAX } from '../../domain/text';

/**
 * Asks why a check does not apply. The reason is required: "considered" without a reason would
 * hide a prompt without recording the group's judgement.
 */
export function ConsiderForm({
  onSave,
  onCancel,
}: {
  onSave: (reason: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setProblem('Give a reason why this check does not apply');
      return;
    }
    setProblem(await onSave(reason.trim()));
  };
  return (
    <form className="consider-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-reason`}>Why does this not apply?</label>
      <textarea
        id={`${id}-reason`}
        value={reason}
        maxLength={NAME_MAX}
        rows={2}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        autoFocus
        onChange={(e) => {
          setReason(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      {problem && (
        <p id={`${id}-problem`} className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="consider-buttons">
        <button type="submit" className="primary">
          Save reason
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
