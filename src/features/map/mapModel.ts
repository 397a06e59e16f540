import type { PlaceFeature } from '../../adapters/leaflet/mapIntents';
import type { BoardContent } from '../../db/queries';
import { geometryPoints, type Position } from '../../domain/geo';
import { placesLinkedTo } from '../../domain/linkedPlaces';
import { countsByTarget } from '../../domain/actionStatus';
import { todayString } from '../../domain/dates';
import type { CoordinateSpace } from '../../domain/records/geometry';
import type { Selection } from '../../state/uiStore';

type Content = Pick<BoardContent, 'places' | 'placeLinks' | 'memberships'> &
  Partial<Pick<BoardContent, 'actions'>>;

/**
 * The places the map draws, from the records and the selection. Only places with a shape in the
 * map's coordinate space are drawn (online spaces have none; image-basemap places are in pixels).
 * Selecting people or groups lights up their places and fades the rest, so the room sees at once
 * where a young person or a group spends time.
 */
export function placeFeatures(
  content: Content,
  selection: Pick<Selection, 'people' | 'groups' | 'places'>,
  space: CoordinateSpace,
  label: (text: string) => string,
): PlaceFeature[] {
  const linked = placesLinkedTo(selection, content);
  const focus = selection.people.length > 0 || selection.groups.length > 0;
  const selected = new Set(selection.places);
  const actions = countsByTarget(content.actions ?? [], todayString());
  const out: PlaceFeature[] = [];
  for (const p of content.places) {
    if (!p.geometry || p.coordinateSpace !== space) continue;
    const isLinked = linked.has(p.id);
    out.push({
      id: p.id,
      label: label(p.name),
      kind: p.kind,
      risk: p.riskLevel,
      geometry: p.geometry,
      selected: selected.has(p.id),
      linked: isLinked,
      dimmed: focus && !isLinked && !selected.has(p.id),
      openActions: actions.get(p.id)?.open ?? 0,
      overdueActions: actions.get(p.id)?.overdue ?? 0,
    });
  }
  return out;
}

/** Every corner of every drawn place, to fit the map to them when it opens. */
export function placePositions(places: BoardContent['places'], space: CoordinateSpace): Position[] {
  return places.flatMap((p) =>
    p.geometry && p.coordinateSpace === space ? geometryPoints(p.geometry) : [],
  );
}
