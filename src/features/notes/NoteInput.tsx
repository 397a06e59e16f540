import { useRef, useState } from 'react';
import type { RunResult } from '../../commands/bus';

const NOTE_MAX = 2000;

interface Props {
  label: string;
  initial?: string;
  at: { x: number; y: number };
  onSubmit: (text: string) => Promise<RunResult>;
  onCancel: () => void;
}

/**
 * Typing a note straight onto the diagram. Enter saves (Shift+Enter starts a new line), Escape
 * cancels. What to do with an empty note is the caller's choice (discard it, or delete the note).
 */
export function NoteInput({ label, initial = '', at, onSubmit, onCancel }: Props) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const busy = useRef(false);
  const cancelled = useRef(false);

  const submit = async () => {
    if (busy.current) return;
    if (value.length > NOTE_MAX) {
      setError(
        `A note can be at most ${NOTE_MAX.toLocaleString('en-GB')} characters (this one has ${value.length.toLocaleString('en-GB')}).`,
      );
      return;
    }
    busy.current = true;
    const result = await onSubmit(value);
    busy.current = false;
    if (!result.ok) setError(result.message);
  };

  return (
    <div className="overlay note-input" style={{ left: at.x, top: at.y }}>
      <textarea
        aria-label={label}
        value={value}
        autoFocus
        rows={3}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? 'note-input-error' : 'note-input-help'}
        onChange={(e) => {
          setValue(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            void submit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            cancelled.current = true;
            onCancel();
          }
        }}
        onBlur={() => {
          if (cancelled.current || busy.current || error) return;
          void submit();
        }}
      />
      <p id="note-input-help" className="muted small">
        Enter saves · Shift+Enter new line · Escape cancels
      </p>
      {error && (
        <p id="note-input-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
