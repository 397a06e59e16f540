import { useId, type ReactNode } from 'react';

interface FieldShellProps {
  label: string;
  error?: string | null;
  hint?: string;
  children: (ids: {
    inputId: string;
    describedBy: string | undefined;
    invalid: boolean;
  }) => ReactNode;
}

/** Label, control and inline message wired together so screen readers announce the problem. */
export function FieldShell({ label, error, hint, children }: FieldShellProps) {
  const inputId = useId();
  const errorId = useId();
  const hintId = useId();
  const describedBy =
    [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={inputId}>{label}</label>
      {children({ inputId, describedBy, invalid: Boolean(error) })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
