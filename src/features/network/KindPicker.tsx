import { useEffect, useId, useRef, useState } from 'react';
import type { RunResult } from '../../commands/bus';
import { associationColour } from '../../domain/encoding';
import { associationKinds, type AssociationKind } from '../../domain/vocabulary';

interface Props {
  fromName: string;
  toName: string;
  at: { x: number; y: number };
  onPick: (kind: AssociationKind) => Promise<RunResult>;
  onCancel: () => void;
}

// Number keys 1-9 and 0 pick the ten kinds directly.
const shortcutOf = (i: number) => String((i + 1) % 10);

/** Appears the moment a link is drawn: arrows and Enter, a number key, or a click picks the kind. */
export function KindPicker({ fromName, toName, at, onPick, onCancel }: Props) {
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  useEffect(() => listRef.current?.focus(), []);

  const pick = async (i: number) => {
    const kind = associationKinds[i];
    if (!kind) return;
    setActive(i);
    const result = await onPick(kind.key);
    if (!result.ok) setError(result.message);
  };

  return (
    <div className="overlay kind-picker" style={{ left: at.x, top: at.y }}>
      <h2 id={`${baseId}-title`}>
        Link {fromName} and {toName} as…
      </h2>
      <ul
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-labelledby={`${baseId}-title`}
        aria-activedescendant={`${baseId}-${active}`}
        onKeyDown={(e) => {
          e.stopPropagation();
          const n = associationKinds.length;
          if (e.key === 'ArrowDown') setActive((a) => (a + 1) % n);
          else if (e.key === 'ArrowUp') setActive((a) => (a - 1 + n) % n);
          else if (e.key === 'Home') setActive(0);
          else if (e.key === 'End') setActive(n - 1);
          else if (e.key === 'Enter' || e.key === ' ') void pick(active);
          else if (e.key === 'Escape') onCancel();
          else if (/^[0-9]$/.test(e.key)) void pick((Number(e.key) + 9) % 10);
          else return;
          e.preventDefault();
        }}
        onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) onCancel();
        }}
      >
        {associationKinds.map((k, i) => (
          <li
            key={k.key}
            id={`${baseId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void pick(i)}
          >
            <kbd aria-hidden="true">{shortcutOf(i)}</kbd>
            <span
              className="swatch"
              style={{ background: associationColour[k.key] }}
              aria-hidden="true"
            />
            {k.label}
          </li>
        ))}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
