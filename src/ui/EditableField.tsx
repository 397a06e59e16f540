import { useEffect, useId, useRef, useState } from 'react';
import type { Control } from '../domain/kinds/fields';
import { FieldShell } from './fields';

interface Props {
  label: string;
  control: Control;
  /** The stored value, as text ('' for none). */
  value: string;
  options?: readonly { key: string; label: string }[];
  suggestions?: readonly string[];
  hint?: string;
  /** Saves the text; resolves to a plain-words problem, or null when saved. */
  commit: (text: string) => Promise<string | null>;
  /** Typing has ended (the field lost focus): the next edit starts a new undo step. */
  onEndEdit?: () => void;
}

const TYPING_PAUSE_MS = 450;

/**
 * A panel field that saves as you go. While focused it keeps its own text, so a save arriving
 * from the store never fights the typing; pauses in typing save, and those saves coalesce into one
 * undo step. A problem shows inline and nothing is saved until it is put right.
 */
export function EditableField({
  label,
  control,
  value,
  options,
  suggestions,
  hint,
  commit,
  onEndEdit,
}: Props) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const listId = useId();

  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const save = (next: string) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    // Saves run one after another so a slow one cannot land after a newer one.
    chain.current = chain.current.then(async () => {
      const problem = next === value ? null : await commit(next);
      setError(problem);
    });
    return chain.current;
  };

  const change = (next: string, immediate: boolean) => {
    setText(next);
    window.clearTimeout(timer.current);
    if (immediate) void save(next);
    else timer.current = window.setTimeout(() => void save(next), TYPING_PAUSE_MS);
  };

  const common = {
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      const pending = timer.current !== undefined;
      void (pending ? save(text) : chain.current).then(() => onEndEdit?.());
    },
  };

  return (
    <FieldShell label={label} error={error} hint={hint}>
      {({ inputId, describedBy, invalid }) => {
        const aria = { id: inputId, 'aria-describedby': describedBy, 'aria-invalid': invalid };
        if (control === 'select') {
          return (
            <select
              {...aria}
              {...common}
              value={text}
              onChange={(e) => change(e.target.value, true)}
            >
              {options?.map((o) => (
                <option key={o.key} value={o.key}>
                  {o.label}
                </option>
              ))}
            </select>
          );
        }
        if (control === 'textarea') {
          return (
            <textarea
              {...aria}
              {...common}
              value={text}
              onChange={(e) => change(e.target.value, false)}
            />
          );
        }
        return (
          <>
            <input
              {...aria}
              {...common}
              type={control === 'date' ? 'date' : 'text'}
              inputMode={control === 'number' ? 'numeric' : undefined}
              list={suggestions ? listId : undefined}
              value={text}
              onChange={(e) => change(e.target.value, control === 'date')}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void save(text);
                } else if (e.key === 'Escape') {
                  e.stopPropagation();
                  window.clearTimeout(timer.current);
                  timer.current = undefined;
                  setText(value);
                  setError(null);
                }
              }}
            />
            {suggestions && (
              <datalist id={listId}>
                {suggestions.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            )}
          </>
        );
      }}
    </FieldShell>
  );
}
