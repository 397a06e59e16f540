import { useEffect, useId, useRef, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { placeLinkKinds } from '../../domain/vocabulary';
import { useMapUi, type PlaceLinkDraft } from '../../state/mapStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import type { Names } from '../names/useNames';
import { linkSubjectToPlace } from './placeLinkActions';

/**
 * Appears when people are dragged from the network onto a place on the map: arrows and Enter, a
 * number key, or a click picks how they are linked to it. Escape or clicking away cancels.
 */
export function PlaceLinkPicker({
  draft,
  content,
  names,
}: {
  draft: PlaceLinkDraft;
  content: BoardContent;
  names: Names;
}) {
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const baseId = useId();
  useEffect(() => listRef.current?.focus(), []);
  const place = content.places.find((p) => p.id === draft.placeId);
  const people = draft.personIds.flatMap((id) => {
    const p = content.people.find((x) => x.id === id);
    return p ? [p] : [];
  });
  const close = () => useMapUi.getState().setLinkDraft(null);
  if (!place || people.length === 0) return null;
  const who = people.length === 1 ? names.of(people[0]!) : `${people.length} people`;
  const where = names.hiding ? names.mask(place.name) : place.name;

  const pick = async (i: number) => {
    const kind = placeLinkKinds[i];
    if (!kind) return;
    setActive(i);
    for (const p of people) {
      const r = await linkSubjectToPlace(
        content.board.id,
        { kind: 'person', id: p.id, name: p.displayName },
        { id: place.id, name: place.name },
        kind.key,
      );
      if (!r.ok) {
        setError(r.message);
        return;
      }
    }
    close();
    // The place's panel shows the new links, with source and confidence to fill in.
    useUi.getState().select({ ...NO_SELECTION, places: [place.id] });
  };

  return (
    <div
      className="overlay kind-picker place-link-picker"
      style={{ left: draft.at.x, top: draft.at.y, position: 'fixed' }}
    >
      <h2 id={`${baseId}-title`}>
        Link {who} to {where} as…
      </h2>
      <ul
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-labelledby={`${baseId}-title`}
        aria-activedescendant={`${baseId}-${active}`}
        onKeyDown={(e) => {
          e.stopPropagation();
          const n = placeLinkKinds.length;
          if (e.key === 'ArrowDown') setActive((a) => (a + 1) % n);
          else if (e.key === 'ArrowUp') setActive((a) => (a - 1 + n) % n);
          else if (e.key === 'Enter' || e.key === ' ') void pick(active);
          else if (e.key === 'Escape') close();
          else if (/^[1-9]$/.test(e.key)) void pick(Number(e.key) - 1);
          else return;
          e.preventDefault();
        }}
        onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget)) close();
        }}
      >
        {placeLinkKinds.map((k, i) => (
          <li
            key={k.key}
            id={`${baseId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => void pick(i)}
          >
            <kbd aria-hidden="true">{i + 1}</kbd>
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
