import type { Incident } from '../../domain/kinds/incident';
import type { Place } from '../../domain/kinds/place';
import { selectIncident, startIncidentAt } from './incidentActions';
import { harmInWords, whenInWords } from './incidentMarkers';
import './incidents.css';

const SHOWN = 20;

/** Starts recording an incident at a place: its form opens in the side panel. */
export function RecordIncidentButton({ placeId }: { placeId: string }) {
  return (
    <button type="button" onClick={() => startIncidentAt({ placeId })}>
      Record an incident here
    </button>
  );
}

/**
 * "Incidents here", for a place's panel: the newest first, each a button that opens it, and the
 * button to record another. Kinds and dates only: who was involved is in each incident's panel.
 */
export function IncidentsAtPlace({
  place,
  incidents,
}: {
  place: Pick<Place, 'id'>;
  incidents: readonly Incident[];
}) {
  const here = incidents
    .filter((i) => i.placeId === place.id)
    .sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  return (
    <section aria-labelledby={`incidents-here-${place.id}`}>
      <h3 id={`incidents-here-${place.id}`}>Incidents here ({here.length})</h3>
      {here.length > 0 && (
        <ul className="list-rows incidents-here">
          {here.slice(0, SHOWN).map((i) => (
            <li key={i.id}>
              <button type="button" onClick={() => selectIncident(i.id)}>
                {whenInWords(i.occurredAt)}: {harmInWords(i.harmKinds)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {here.length > SHOWN && (
        <p className="muted small">The newest {SHOWN} are listed; the map shows them all.</p>
      )}
      <RecordIncidentButton placeId={place.id} />
    </section>
  );
}
