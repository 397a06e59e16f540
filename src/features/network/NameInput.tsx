import { useRef, useState } from 'react';
import type { RunResult } from '../../commands/bus';
import { nameProblem } from '../../domain/text';

interface Props {
  label: string;
  initial?: string;
  /** A message to show from the start (the box reopened after the name was refused). */
  initialError?: string;
  at: { x: number; y: number };
  onSubmit: (name: string) => Promise<RunResult>;
  onCancel: () => void;
}

/**
 * Typing a name straight onto the canvas: no form first. Enter saves, Escape cancels; an empty or
 * over-long name gets a message and nothing is saved.
 */
export function NameInput({ label, initial = '', initialError, at, onSubmit, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(initialError ?? null);
  // A ref, not state: saving can close the box and move focus within the Enter key press itself,
  // and the blur that follows must already see that a save is under way.
  const busy = useRef(false);
  // Escape moves focus away, which blurs the box: that blur must not save what was typed.
  const cancelled = useRef(false);

  const submit = async () => {
    if (busy.current) return;
    const problem = nameProblem(value.trim());
    if (problem) {
      setError(problem);
      return;
    }
    busy.current = true;
    const result = await onSubmit(value.trim());
    busy.current = false;
    if (!result.ok) setError(result.message);
  };

  return (
    <div className="overlay" style={{ left: at.x, top: at.y }}>
      <input
        aria-label={label}
        value={value}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? 'name-input-error' : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            void submit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            cancelled.current = true;
            onCancel();
          }
        }}
        onBlur={() => {
          if (cancelled.current || busy.current) return;
          // Clicking away keeps a valid name rather than losing what was typed.
          if (value.trim() && !nameProblem(value.trim()) && value.trim() !== initial) void submit();
          else if (!error) onCancel();
        }}
      />
      {error && (
        <p id="name-input-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
