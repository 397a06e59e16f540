import { useId } from 'react';
import { harmKinds, type HarmKind } from '../../domain/vocabulary';

/** `kinds` with `kind` ticked or unticked, in the vocabulary's order (so labels read the same). */
export function withKind(kinds: readonly HarmKind[], kind: HarmKind, on: boolean): HarmKind[] {
  return harmKinds.map((k) => k.key).filter((k) => (k === kind ? on : kinds.includes(k)));
}

/** The kinds of harm of an incident, as checkboxes; at least one must stay ticked. */
export function HarmKindsField({
  value,
  error,
  onToggle,
}: {
  value: readonly HarmKind[];
  error: string | null;
  onToggle: (kind: HarmKind, on: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>Kinds of harm</legend>
      <div className="harm-kinds">
        {harmKinds.map((k) => (
          <div className="filter-check" key={k.key}>
            <input
              type="checkbox"
              id={`${id}-${k.key}`}
              checked={value.includes(k.key)}
              onChange={(e) => onToggle(k.key, e.target.checked)}
            />
            <label htmlFor={`${id}-${k.key}`}>{k.label}</label>
          </div>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
