import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { placeLinkKinds } from '../../domain/vocabulary';
import { useMapUi, type PlaceLinkDraft } from '../../state/mapStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import { pickShortcut, usePickList } from '../../ui/usePickList';
import type { Names } from '../names';
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
  const [error, setError] = useState<string | null>(null);
  const place = content.places.find((p) => p.id === draft.placeId);
  const people = draft.personIds.flatMap((id) => {
    const p = content.people.find((x) => x.id === id);
    return p ? [p] : [];
  });
  const close = () => useMapUi.getState().setLinkDraft(null);
  const { titleId, listProps, optionProps } = usePickList(
    placeLinkKinds.length,
    (i) => void pick(i),
    close,
  );
  if (!place || people.length === 0) return null;
  const who = people.length === 1 ? names.of(people[0]!) : `${people.length} people`;
  const where = names.hiding ? names.mask(place.name) : place.name;

  const pick = async (i: number) => {
    const kind = placeLinkKinds[i];
    if (!kind) return;
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
      <h2 id={titleId}>
        Link {who} to {where} as…
      </h2>
      <ul {...listProps}>
        {placeLinkKinds.map((k, i) => (
          <li key={k.key} {...optionProps(i)}>
            <kbd aria-hidden="true">{pickShortcut(i)}</kbd>
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
