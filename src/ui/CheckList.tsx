import { useId } from 'react';

export interface CheckOption {
  key: string;
  label: string;
}

/** A fieldset of checkboxes; ticked means "shown" unless the legend says otherwise. */
export function CheckList({
  legend,
  options,
  isChecked,
  onToggle,
}: {
  legend: string;
  options: readonly CheckOption[];
  isChecked: (key: string) => boolean;
  onToggle: (key: string, checked: boolean) => void;
}) {
  const id = useId();
  return (
    <fieldset className="filter-set">
      <legend>{legend}</legend>
      {options.map((o, i) => (
        <div className="filter-check" key={o.key}>
          <input
            type="checkbox"
            id={`${id}-${i}`}
            checked={isChecked(o.key)}
            onChange={(e) => onToggle(o.key, e.target.checked)}
          />
          <label htmlFor={`${id}-${i}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** `list` with `key` added or taken out. */
export function toggled<K extends string>(list: readonly K[], key: K, present: boolean): K[] {
  const rest = list.filter((k) => k !== key);
  return present ? [...rest, key] : rest;
}
