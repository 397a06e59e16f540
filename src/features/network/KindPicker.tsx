import { useState } from 'react';
import type { RunResult } from '../../commands/bus';
import { associationColour } from '../../domain/encoding';
import { associationKinds, type AssociationKind } from '../../domain/vocabulary';
import { pickShortcut, usePickList } from '../../ui/usePickList';

interface Props {
  fromName: string;
  toName: string;
  at: { x: number; y: number };
  onPick: (kind: AssociationKind) => Promise<RunResult>;
  onCancel: () => void;
}

/** Appears the moment a link is drawn: arrows and Enter, a number key, or a click picks the kind. */
export function KindPicker({ fromName, toName, at, onPick, onCancel }: Props) {
  const [error, setError] = useState<string | null>(null);
  const pick = async (i: number) => {
    const kind = associationKinds[i];
    if (!kind) return;
    const result = await onPick(kind.key);
    if (!result.ok) setError(result.message);
  };
  const { titleId, listProps, optionProps } = usePickList(
    associationKinds.length,
    (i) => void pick(i),
    onCancel,
  );

  return (
    <div className="overlay kind-picker" style={{ left: at.x, top: at.y }}>
      <h2 id={titleId}>
        Link {fromName} and {toName} as…
      </h2>
      <ul {...listProps}>
        {associationKinds.map((k, i) => (
          <li key={k.key} {...optionProps(i)}>
            <kbd aria-hidden="true">{pickShortcut(i)}</kbd>
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
