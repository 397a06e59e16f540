import { useState } from 'react';
import type { RunResult } from '../../commands/bus';
import { nameProblem } from '../../domain/text';
import { placeKinds, type PlaceKind } from '../../domain/vocabulary';

interface Props {
  at: { x: number; y: number };
  /** Online spaces have no shape: the form is opened from the toolbar, not from a drawing. */
  online: boolean;
  onSubmit: (name: string, kind: PlaceKind) => Promise<RunResult>;
  onCancel: () => void;
}

/**
 * Naming a place straight after drawing it: type the name, pick the kind, Enter saves and Escape
 * throws the drawing away. The kind list keeps the keyboard in the box (arrow keys change it).
 */
export function NewPlaceForm({ at, online, onSubmit, onCancel }: Props) {
  const [name, setName] = useState('');
  const [kind, setKind] = useState<PlaceKind>(online ? 'online' : 'other');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const problem = nameProblem(name.trim());
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    const result = await onSubmit(name.trim(), kind);
    setBusy(false);
    if (!result.ok) setError(result.message);
  };
  const keys = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      void submit();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    }
  };
  const kinds = online
    ? placeKinds.filter((k) => k.key === 'online')
    : placeKinds.filter((k) => k.key !== 'online');

  return (
    <div
      className="overlay new-place"
      style={{ left: at.x, top: at.y }}
      role="group"
      aria-label="New place"
    >
      <input
        aria-label="Name of new place"
        value={name}
        autoFocus
        aria-invalid={Boolean(error)}
        aria-describedby={error ? 'new-place-error' : undefined}
        onChange={(e) => {
          setName(e.target.value);
          if (error) setError(null);
        }}
        onKeyDown={keys}
      />
      <select
        aria-label="Kind of place"
        value={kind}
        onChange={(e) => setKind(e.target.value as PlaceKind)}
        onKeyDown={keys}
      >
        {kinds.map((k) => (
          <option key={k.key} value={k.key}>
            {k.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void submit()}>
        Save place
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {error && (
        <p id="new-place-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
