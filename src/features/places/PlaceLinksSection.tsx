import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import type { PlaceLink } from '../../domain/kinds/placeLink';
import { confidences, placeLinkKinds, type PlaceLinkKind } from '../../domain/vocabulary';
import type { Names } from '../names';
import {
  changePlaceLink,
  linkKindLabel,
  linkSubjectToPlace,
  removePlaceLink,
} from './placeLinkActions';

type Content = Pick<BoardContent, 'board' | 'people' | 'groups' | 'places' | 'placeLinks'>;

/** From a person's or group's panel: their places. From a place's panel: who is linked to it. */
export type LinksOf =
  | { kind: 'person' | 'group'; id: string; name: string }
  | { kind: 'place'; id: string; name: string };

interface Row {
  link: PlaceLink;
  /** The other end, as it may be shown. */
  other: string;
}

/**
 * Person ↔ place and group ↔ place links, with kind, confidence and source, editable in place.
 * The same section serves both ends, so a link made from the map reads the same in the network.
 */
export function PlaceLinksSection({
  of,
  content,
  names,
}: {
  of: LinksOf;
  content: Content;
  names: Names;
}) {
  const mask = names.hiding ? names.mask : (s: string) => s;
  const placeName = (id: string) =>
    mask(content.places.find((p) => p.id === id)?.name ?? 'a place');
  const subjectName = (l: PlaceLink) =>
    l.subjectKind === 'person'
      ? names.ofId(l.subjectId)
      : `the group ${mask(content.groups.find((g) => g.id === l.subjectId)?.name ?? '')}`;
  const rows: Row[] = content.placeLinks
    .filter((l) =>
      of.kind === 'place'
        ? l.placeId === of.id
        : l.subjectKind === of.kind && l.subjectId === of.id,
    )
    .map((link) => ({
      link,
      other: of.kind === 'place' ? subjectName(link) : placeName(link.placeId),
    }))
    .sort((a, b) => a.other.localeCompare(b.other, 'en-GB'));
  const title = of.kind === 'place' ? 'People and groups here' : 'Places';
  const shownName = of.kind === 'person' ? names.ofId(of.id) : mask(of.name);
  const describe = (r: Row) =>
    of.kind === 'place' ? `${r.other} – ${shownName}` : `${shownName} – ${r.other}`;

  return (
    <section aria-label={title} className="panel-section">
      <h3>{title}</h3>
      {rows.length === 0 && (
        <p className="muted small">
          {of.kind === 'place'
            ? 'Nobody is linked to this place yet.'
            : 'Not linked to any place yet.'}
        </p>
      )}
      <ul className="place-links">
        {rows.map((r) => (
          <li key={r.link.id}>
            <span className="member-name">{r.other}</span>
            <select
              aria-label={`How ${describe(r)} are linked`}
              value={r.link.kind}
              onChange={(e) =>
                void changePlaceLink(r.link, { kind: e.target.value as PlaceLinkKind }, describe(r))
              }
            >
              {placeLinkKinds.map((k) => (
                <option key={k.key} value={k.key}>
                  {k.label}
                </option>
              ))}
            </select>
            <select
              aria-label={`Confidence of the link ${describe(r)}`}
              value={r.link.confidence}
              onChange={(e) =>
                void changePlaceLink(
                  r.link,
                  { confidence: e.target.value as PlaceLink['confidence'] },
                  describe(r),
                )
              }
            >
              {confidences.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.label}
                </option>
              ))}
            </select>
            <input
              aria-label={`Source of the link ${describe(r)}`}
              placeholder="Source"
              defaultValue={r.link.source}
              onBlur={(e) => {
                if (e.target.value !== r.link.source)
                  void changePlaceLink(r.link, { source: e.target.value }, describe(r));
              }}
            />
            <button
              type="button"
              aria-label={`Remove the link ${describe(r)}`}
              onClick={() => void removePlaceLink(r.link, describe(r))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <AddLink of={of} content={content} names={names} shownName={shownName} mask={mask} />
    </section>
  );
}

function AddLink({
  of,
  content,
  names,
  shownName,
  mask,
}: {
  of: LinksOf;
  content: Content;
  names: Names;
  shownName: string;
  mask: (s: string) => string;
}) {
  const [target, setTarget] = useState('');
  const [kind, setKind] = useState<PlaceLinkKind>('frequents');
  const options =
    of.kind === 'place'
      ? [
          ...content.people.map((p) => ({ value: `person:${p.id}`, label: names.of(p) })),
          ...content.groups.map((g) => ({
            value: `group:${g.id}`,
            label: `Group: ${mask(g.name)}`,
          })),
        ]
      : content.places.map((p) => ({ value: `place:${p.id}`, label: mask(p.name) }));
  if (options.length === 0) return null;
  const add = async () => {
    const [k, id] = target.split(':') as [string, string];
    if (!id) return;
    const boardId = content.board.id;
    const r =
      of.kind === 'place'
        ? await linkSubjectToPlace(
            boardId,
            {
              kind: k as 'person' | 'group',
              id,
              name:
                k === 'person'
                  ? (content.people.find((p) => p.id === id)?.displayName ?? '')
                  : `the group ${content.groups.find((g) => g.id === id)?.name ?? ''}`,
            },
            { id: of.id, name: of.name },
            kind,
          )
        : await linkSubjectToPlace(
            boardId,
            of,
            { id, name: content.places.find((p) => p.id === id)?.name ?? '' },
            kind,
          );
    if (r.ok) setTarget('');
  };
  return (
    <div
      className="add-place-link"
      role="group"
      aria-label={`Link ${shownName} to ${of.kind === 'place' ? 'a person or group' : 'a place'}`}
    >
      <select
        aria-label={of.kind === 'place' ? 'Person or group to link' : 'Place to link'}
        value={target}
        onChange={(e) => setTarget(e.target.value)}
      >
        <option value="">
          {of.kind === 'place' ? 'Choose a person or group…' : 'Choose a place…'}
        </option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Kind of link"
        value={kind}
        onChange={(e) => setKind(e.target.value as PlaceLinkKind)}
      >
        {placeLinkKinds.map((k) => (
          <option key={k.key} value={k.key}>
            {linkKindLabel(k.key)}
          </option>
        ))}
      </select>
      <button type="button" disabled={!target} onClick={() => void add()}>
        Add link
      </button>
    </div>
  );
}
