import type { BoardContent } from '../../db/queries';
import { useIncidentDraft } from '../../state/incidentDraftStore';
import { useIncidentFilter } from '../../state/incidentFilterStore';
import { useShownIncidents } from './useShownIncidents';
import '../../ui/filters.css';
import './incidents.css';

const count = (n: number) => `${n.toLocaleString('en-GB')} ${n === 1 ? 'incident' : 'incidents'}`;

/**
 * Lines over the map: what to click while placing a new incident, and, whenever the incident
 * filters hide anything, how many (as the network says about people), with one click to show all.
 */
export function IncidentOverlays({ content }: { content: Pick<BoardContent, 'incidents'> }) {
  const { shown, hidden } = useShownIncidents(content.incidents);
  const clear = useIncidentFilter((s) => s.clear);
  const placing = useIncidentDraft((s) => s.placing);
  const everything = hidden > 0 && shown.length === 0;
  return (
    <>
      {placing && (
        <p className="map-hint incident-hint" role="status">
          Click a place for the new incident, or anywhere on the map for a point (or Enter for the
          middle of the map). Escape stops.
        </p>
      )}
      <div role="status" className="hidden-indicator-slot incidents-hidden">
        {hidden > 0 && (
          <p className={everything ? 'hidden-indicator everything' : 'hidden-indicator'}>
            <span>
              {everything
                ? 'Every incident is hidden by the filters.'
                : `${count(hidden)} hidden by filters`}
            </span>
            <button type="button" onClick={clear}>
              Clear
            </button>
          </p>
        )}
      </div>
    </>
  );
}
