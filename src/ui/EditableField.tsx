import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Control } from '../domain/kinds/fields';
import { FieldShell } from './fields';
import { registerPendingSave } from './pendingSaves';

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
  /**
   * Text typed and not yet saved (null once it is saved or put back), so it can be kept safe
   * across a reload or handed back if the record goes meanwhile.
   */
  onUnsaved?: (text: string | null) => void;
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
  onUnsaved,
}: Props) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const timer = useRef<number | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const unregister = useRef<(() => void) | null>(null);
  const lastProblem = useRef<string | null>(null);
  const unmounted = useRef(false);
  const listId = useId();

  useEffect(() => {
    if (!focused.current) setText(value);
  }, [value]);

  const save = (next: string) => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    unregister.current?.();
    unregister.current = null;
    // Saves run one after another so a slow one cannot land after a newer one.
    chain.current = chain.current.then(async () => {
      const problem = next === value ? null : await commit(next);
      lastProblem.current = problem;
      setError(problem);
      // While the field keeps focus the user is still editing: if the record goes now, the
      // text must still be handed back, so it is let go only once editing ends.
      if (problem === null && (!focused.current || unmounted.current)) onUnsaved?.(null);
    });
    return chain.current;
  };

  // The latest save, for the tab-hidden flush and the unmount below, which outlive a render.
  const saveRef = useRef(save);
  saveRef.current = save;
  const textRef = useRef(text);
  textRef.current = text;

  // A panel closing mid-pause (the record deleted, the selection changed) still saves the text;
  // if that fails, the kept text is handed back by the board. A layout cleanup runs before the
  // input leaves the page, so the blur a removal may fire is known to be no end of editing.
  useLayoutEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
      if (timer.current !== undefined) void saveRef.current(textRef.current);
    };
  }, []);

  const change = (next: string, immediate: boolean) => {
    setText(next);
    window.clearTimeout(timer.current);
    if (immediate) {
      void save(next);
      return;
    }
    onUnsaved?.(next === value ? null : next);
    timer.current = window.setTimeout(() => void save(next), TYPING_PAUSE_MS);
    unregister.current ??= registerPendingSave(() => void saveRef.current(textRef.current));
  };

  const common = {
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      if (unmounted.current) return;
      focused.current = false;
      const pending = timer.current !== undefined;
      void (pending ? save(text) : chain.current).then(() => {
        if (lastProblem.current === null) onUnsaved?.(null);
        onEndEdit?.();
      });
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
                  unregister.current?.();
                  unregister.current = null;
                  setText(value);
                  setError(null);
                  onUnsaved?.(null);
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
