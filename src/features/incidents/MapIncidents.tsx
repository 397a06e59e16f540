import { useCallback, useMemo, useRef } from 'react';
import { IncidentsLayer } from '../../adapters/leaflet/IncidentsLayer';
import type { IncidentIntent } from '../../adapters/leaflet/incidentTypes';
import type { BoardContent } from '../../db/queries';
import type { CoordinateSpace } from '../../domain/records/geometry';
import { useIncidentDraft } from '../../state/incidentDraftStore';
import { useIncidentFilter } from '../../state/incidentFilterStore';
import { useUi } from '../../state/uiStore';
import { incidentTapped, startIncidentAt } from './incidentActions';
import { incidentMarkers, incidentPosition, placeMiddles } from './incidentMarkers';
import { useShownIncidents } from './useShownIncidents';

/**
 * The board's incidents on the map, as the filters leave them. Rendered inside the map canvas.
 * Markers are rebuilt only when the incidents, places, basemap or filters change; the selection
 * goes to the layer separately, so a click never rebuilds 10,000 markers.
 */
export function MapIncidents({
  content,
  space,
}: {
  content: Pick<BoardContent, 'incidents' | 'places'>;
  space: CoordinateSpace;
}) {
  const { shown } = useShownIncidents(content.incidents);
  const display = useIncidentFilter((s) => s.display);
  const selected = useUi((s) => s.selection.incidents);
  const placing = useIncidentDraft((s) => s.placing);
  const draft = useIncidentDraft((s) => s.draft);
  const markers = useMemo(
    () => incidentMarkers(shown, content.places, space),
    [shown, content.places, space],
  );
  const draftAt = useMemo(() => {
    if (!draft) return null;
    const spot =
      'placeId' in draft
        ? { placeId: draft.placeId, point: null }
        : { placeId: null, point: draft.point };
    return incidentPosition(spot, placeMiddles(content.places, space), space);
  }, [draft, content.places, space]);
  const all = useRef(content.incidents);
  all.current = content.incidents;
  const onIntent = useCallback((i: IncidentIntent) => {
    if (i.type === 'incident/tapped') incidentTapped(i, all.current);
    else startIncidentAt({ point: i.at });
  }, []);
  return (
    <IncidentsLayer
      markers={markers}
      display={display}
      selected={selected}
      placing={placing}
      draftAt={draftAt}
      onIntent={onIntent}
    />
  );
}
