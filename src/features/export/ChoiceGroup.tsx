import { useId } from 'react';

export interface Choice<K extends string> {
  key: K;
  label: string;
  /** A line under the label, read out with it. */
  hint?: string;
}

/** A fieldset of radio buttons, each with an optional hint read out with its label. */
export function ChoiceGroup<K extends string>({
  legend,
  choices,
  value,
  onChange,
}: {
  legend: string;
  choices: readonly Choice<K>[];
  value: K;
  onChange: (key: K) => void;
}) {
  const id = useId();
  return (
    <fieldset className="export-choices">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <div className="export-choice" key={c.key}>
          <input
            type="radio"
            id={`${id}-${c.key}`}
            name={id}
            checked={value === c.key}
            aria-describedby={c.hint ? `${id}-${c.key}-hint` : undefined}
            onChange={() => onChange(c.key)}
          />
          <label htmlFor={`${id}-${c.key}`}>{c.label}</label>
          {c.hint && (
            <span id={`${id}-${c.key}-hint`} className="export-choice-hint">
              {c.hint}
            </span>
          )}
        </div>
      ))}
    </fieldset>
  );
}
