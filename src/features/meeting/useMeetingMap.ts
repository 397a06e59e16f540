import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { MapHandle, PlaceFeature } from '../../adapters/leaflet/mapIntents';
import type { BoardContent } from '../../db/queries';
import type { CoordinateSpace } from '../../domain/records/geometry';
import { useMeetingUi } from '../../state/meetingStore';
import { placePositions } from '../map';

/**
 * The meeting's part of the map: places changed since the last meeting are marked while "What
 * changed" is open, and stepping to an agenda item moves the map to that item's places.
 */
export function useMeetingMap(
  features: PlaceFeature[],
  places: BoardContent['places'],
  space: CoordinateSpace,
  handleRef: RefObject<MapHandle | null>,
): PlaceFeature[] {
  const changed = useMeetingUi((s) => s.changed);
  const fit = useMeetingUi((s) => s.mapFit);
  const fitted = useRef(fit?.seq ?? 0);
  useEffect(() => {
    if (!fit || fit.seq === fitted.current) return;
    fitted.current = fit.seq;
    const wanted = new Set(fit.placeIds);
    const points = placePositions(
      places.filter((p) => wanted.has(p.id)),
      space,
    );
    if (points.length > 0) handleRef.current?.fitTo(points);
  }, [fit, places, space, handleRef]);
  return useMemo(
    () =>
      changed.size === 0
        ? features
        : features.map((f) => (changed.has(f.id) ? { ...f, changed: true } : f)),
    [features, changed],
  );
}
