import { runCommand } from '../../commands/bus';
import { history } from '../../commands/history';
import { updatePlace } from '../../commands/places/updatePlace';
import { updatePlaceWith } from '../../commands/places/updatePlaceWith';
import type { BoardContent } from '../../db/queries';
import { placeKindStyle } from '../../domain/placeEncoding';
import type { Place } from '../../domain/kinds/place';
import { labelOf, placeKinds } from '../../domain/vocabulary';
import { IncidentsAtPlace } from '../incidents';
import { HiddenWhilePresenterSafe, PRESENTER_HIDDEN_FIELDS, type Names } from '../names';
import { RecordFields } from '../records';
import { ActionsSection } from '../actions';
import { startPlacing, stopPlacing, useCaptureLine } from '../capture';
import { AgenciesSection } from './AgenciesSection';
import { GuardiansSection } from './GuardiansSection';
import { notesField, placeFields } from './placeFields';
import { PlaceLinksSection } from './PlaceLinksSection';
import { TimeBandsSection } from './TimeBandsSection';
import './places.css';

interface Props {
  place: Place;
  content: BoardContent;
  names: Names;
  onDelete: () => void;
}

const keep = (text: string) => text;

/** Where the place is, in words: a point, an area, or (an online space) nowhere on the map. */
function shapeWords(place: Place): string | null {
  if (place.geometry === null)
    return place.kind === 'online'
      ? 'An online space has no shape: it is listed under Places and shown in the network, not on the map.'
      : 'This place has no shape, so it is listed under Places but not drawn on the map.';
  return null;
}

/**
 * Everything about one place, edited in place: kind and risk, when it is a concern, who looks after
 * it, which agencies are responsible, who is linked to it, and notes. A place may be named after
 * someone's home, so under presenter-safe names its name and notes are masked wherever they are
 * shown as text, and the fields holding them as typed are kept off the projector.
 */
export function PlacePanel({ place, content, names, onDelete }: Props) {
  const boardId = content.board.id;
  const show = names.hiding ? names.mask : keep;
  const shown = show(place.name);
  const style = placeKindStyle[place.kind];
  const save = (patch: Record<string, unknown>) => runCommand(updatePlace(place, patch));
  const edit = <K extends 'timeBands' | 'guardians' | 'agencies'>(
    field: K,
    apply: (current: Place[K]) => Place[K],
    label: string,
  ) =>
    runCommand(
      updatePlaceWith(
        place,
        (current) => ({ [field]: apply(current[field]) }),
        `${label} (${place.name})`,
      ),
    );
  const seal = () => history.seal(boardId);
  const noShape = shapeWords(place);
  const placing = useCaptureLine((s) => s.placing?.id === place.id);

  return (
    <section aria-label={`Place ${shown}`}>
      <h2>
        <span className="place-glyph" aria-hidden="true" style={{ borderColor: style.colour }}>
          {style.glyph}
        </span>
        {shown}
      </h2>
      <p className="muted small">{labelOf(placeKinds, place.kind)}</p>
      {noShape && <p className="place-no-shape">{noShape}</p>}
      {noShape && place.kind !== 'online' && (
        // A place added without a location (from the capture line, or imported): one click puts it.
        <p>
          {placing ? (
            <>
              <strong role="status">Click the map to place {shown}.</strong>{' '}
              <button type="button" onClick={stopPlacing}>
                Leave unplaced
              </button>
            </>
          ) : (
            <button type="button" onClick={() => startPlacing({ id: place.id, name: shown })}>
              Place on the map
            </button>
          )}
        </p>
      )}
      {names.presenterSafe && (
        <p className="muted small names-hidden">
          The place name and notes fields are hidden while presenter-safe is on (P).
        </p>
      )}
      <RecordFields
        key={`${place.id}-${names.presenterSafe}`}
        table="places"
        record={place}
        defs={placeFields(place, { withName: !names.presenterSafe })}
        hidden={names.presenterSafe ? PRESENTER_HIDDEN_FIELDS : undefined}
        save={save}
        onEndEdit={seal}
      />
      <TimeBandsSection
        key={`t-${place.id}`}
        bands={place.timeBands}
        edit={(apply, label) => edit('timeBands', apply, label)}
      />
      <GuardiansSection
        key={`g-${place.id}`}
        guardians={place.guardians}
        show={show}
        edit={(apply, label) => edit('guardians', apply, label)}
      />
      <AgenciesSection
        key={`a-${place.id}`}
        agencies={place.agencies}
        edit={(apply, label) => edit('agencies', apply, label)}
      />
      <PlaceLinksSection
        of={{ kind: 'place', id: place.id, name: place.name }}
        content={content}
        names={names}
      />
      <IncidentsAtPlace place={place} incidents={content.incidents} />
      {names.presenterSafe ? (
        <HiddenWhilePresenterSafe label={notesField.label} />
      ) : (
        <RecordFields
          key={`n-${place.id}`}
          table="places"
          record={place}
          defs={[notesField]}
          save={save}
          onEndEdit={seal}
        />
      )}
      <ActionsSection
        boardId={place.boardId}
        target={{ kind: 'place', id: place.id }}
        actions={content.actions}
        mask={names.mask}
      />
      <button type="button" onClick={onDelete} aria-label={`Delete place ${shown}`}>
        Delete place
      </button>
      <p className="muted small">
        Deleting a place removes its links and notes; its incidents stay where they were.
      </p>
    </section>
  );
}
