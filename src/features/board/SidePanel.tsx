import { useEffect, useId } from 'react';
import type { BoardContent } from '../../db/queries';
import { useIncidentDraft } from '../../state/incidentDraftStore';
import { useUi } from '../../state/uiStore';
import { useIncidentSidePanel } from '../incidents';
import { useNames } from '../names';
import { BoardDetails } from './BoardDetails';
import { startLink } from '../network';
import { deleteSelected } from './deleteSelected';
import { useSidePanelOpen } from './useSidePanelOpen';
import { chunk, useChunk } from '../../ui/chunk';

// A place's panel (time bands, guardians, agencies) is fetched when a place is first selected: it
// is not needed to draw a board, and the JavaScript before the first board has a budget.
const placePanelChunk = chunk(() => import('../places/PlacePanel'));
const recordPanelsChunk = chunk(() => import('./recordPanels'));

/**
 * Details of whatever is selected; with nothing selected, the board's purpose and the keys. It
 * collapses to a thin strip (remembered on the device) to give the diagram the room.
 */
export function SidePanel({ content }: { content: BoardContent }) {
  const { people, associations, groups, annotations, places } = useUi((s) => s.selection);
  const names = useNames(content);
  const [open, setOpen] = useSidePanelOpen();
  // A new incident's form waits in this panel: placing one opens it, however it was left.
  const drafting = useIncidentDraft((s) => s.draft !== null);
  useEffect(() => {
    if (drafting && !open) setOpen(true);
    // Only when a draft starts: the chair may fold the panel again while filling it in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drafting]);
  const bodyId = useId();
  const total =
    people.length + associations.length + groups.length + annotations.length + places.length;
  const only = <T extends { id: string }>(ids: readonly string[], list: readonly T[]) =>
    total === 1 && ids.length === 1 ? list.find((r) => r.id === ids[0]) : undefined;
  const person = only(people, content.people);
  const association = only(associations, content.associations);
  const group = only(groups, content.groups);
  const note = only(annotations, content.annotations);
  const place = only(places, content.places);
  const placePanel = useChunk(placePanelChunk, Boolean(place));
  const panels = useChunk(recordPanelsChunk, Boolean(person ?? association ?? group ?? note));
  const opening = <p className="muted">Opening…</p>;
  const remove = () => void deleteSelected(content);
  const incidentBody = useIncidentSidePanel(content, names, remove);

  let body: React.ReactNode;
  if (incidentBody) body = incidentBody;
  else if (person)
    body = panels ? (
      <panels.PersonPanel person={person} content={content} names={names} onDelete={remove} />
    ) : (
      opening
    );
  else if (association)
    body = panels ? (
      <panels.AssociationPanel
        association={association}
        nameOf={(id) => names.ofId(id)}
        onDelete={remove}
      />
    ) : (
      opening
    );
  else if (group)
    body = panels ? (
      <panels.GroupPanel group={group} content={content} names={names} onDelete={remove} />
    ) : (
      opening
    );
  else if (note)
    body = panels ? (
      <panels.NotePanel note={note} content={content} names={names} onDelete={remove} />
    ) : (
      opening
    );
  else if (place)
    body = placePanel ? (
      <placePanel.PlacePanel place={place} content={content} names={names} onDelete={remove} />
    ) : (
      opening
    );
  else if (total > 0) {
    const parts = [
      [people.length, 'person', 'people'],
      [associations.length, 'association', 'associations'],
      [groups.length, 'group', 'groups'],
      [annotations.length, 'note', 'notes'],
      [places.length, 'place', 'places'],
    ] as const;
    body = (
      <section aria-label="Selection">
        <h2>
          {parts
            .filter(([n]) => n > 0)
            .map(([n, one, many]) => `${n} ${n === 1 ? one : many}`)
            .join(' and ')}{' '}
          selected
        </h2>
        <ul>
          {people.map((id) => (
            <li key={id}>{names.ofId(id)}</li>
          ))}
        </ul>
        {people.length === 2 && total === 2 && (
          <button type="button" onClick={startLink}>
            Link these two (L)
          </button>
        )}{' '}
        <button type="button" onClick={remove}>
          Delete selected
        </button>
      </section>
    );
  } else {
    body = (
      <BoardDetails
        board={content.board}
        actions={content.actions}
        mask={names.mask}
        people={content.people}
      />
    );
  }
  return (
    <aside className={open ? 'side-panel' : 'side-panel collapsed'} aria-label="Details">
      <button
        type="button"
        className="side-panel-toggle"
        aria-expanded={open}
        aria-controls={open ? bodyId : undefined}
        title={open ? 'Collapse the details to a strip' : 'Open the details'}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '›' : '‹'}</span> Details
      </button>
      {open && (
        <div id={bodyId} className="side-panel-body">
          {/* An archived board is read only: every field and button here is disabled. */}
          <fieldset className="read-only-frame" disabled={content.board.archived}>
            {body}
          </fieldset>
        </div>
      )}
    </aside>
  );
}
