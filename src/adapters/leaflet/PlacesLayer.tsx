import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { geometryOfLayer } from './coords';
import L from './leafletSetup';
import type { MapIntent, PlaceFeature } from './mapIntents';
import { createPlaceLayer, restylePlace } from './placeLayer';

const sameLook = (a: PlaceFeature, b: PlaceFeature) =>
  a.label === b.label &&
  a.kind === b.kind &&
  a.risk === b.risk &&
  a.selected === b.selected &&
  a.linked === b.linked &&
  a.dimmed === b.dimmed &&
  a.openActions === b.openActions &&
  a.overdueActions === b.overdueActions &&
  a.changed === b.changed;

interface Drawn {
  layer: L.Marker | L.Polygon;
  feature: PlaceFeature;
}

interface Props {
  places: readonly PlaceFeature[];
  /** The one selected place that may be moved and reshaped, or null. */
  editableId: string | null;
  onIntent: (intent: MapIntent) => void;
}

/**
 * Keeps Leaflet's place layers in step with the records, by id: a changed shape rebuilds that one
 * layer, anything else restyles it, so nothing else on the map flickers. A drag or reshape is the
 * library's until it ends; then it becomes one intent, and the stored record (not the dragged
 * layer) is what is drawn next.
 */
export function PlacesLayer({ places, editableId, onIntent }: Props) {
  const map = useMap();
  const drawn = useRef(new Map<string, Drawn>());
  const intent = useRef(onIntent);
  intent.current = onIntent;
  const group = useRef<L.FeatureGroup | null>(null);

  useEffect(() => {
    const g = L.featureGroup().addTo(map);
    group.current = g;
    const current = drawn.current;
    return () => {
      g.remove();
      current.clear();
      group.current = null;
    };
  }, [map]);

  useEffect(() => {
    const g = group.current;
    if (!g) return;
    const seen = new Set<string>();
    for (const f of places) {
      seen.add(f.id);
      const had = drawn.current.get(f.id);
      if (had && had.feature.geometry === f.geometry) {
        if (!sameLook(had.feature, f)) restylePlace(had.layer, f);
        had.feature = f;
        continue;
      }
      if (had) g.removeLayer(had.layer);
      const layer = createPlaceLayer(f);
      const id = f.id;
      layer.on('click', (e: L.LeafletMouseEvent) => {
        L.DomEvent.stopPropagation(e);
        intent.current({ type: 'place/tapped', placeId: id, additive: e.originalEvent.shiftKey });
      });
      const report = () => {
        const geometry = geometryOfLayer(layer);
        if (geometry) intent.current({ type: 'place/reshaped', placeId: id, geometry });
      };
      if (layer instanceof L.Marker) layer.on('dragend', report);
      else layer.on('pm:edit', report);
      g.addLayer(layer);
      drawn.current.set(f.id, { layer, feature: f });
    }
    for (const [id, d] of drawn.current) {
      if (seen.has(id)) continue;
      g.removeLayer(d.layer);
      drawn.current.delete(id);
    }
  }, [places]);

  // Only the selected place can be moved or reshaped, so a click in a busy meeting cannot nudge a
  // place by accident.
  useEffect(() => {
    const d = editableId ? drawn.current.get(editableId) : undefined;
    if (!d) return;
    const { layer } = d;
    if (layer instanceof L.Marker) {
      layer.dragging?.enable();
      return () => layer.dragging?.disable();
    }
    layer.pm.enable({ allowSelfIntersection: false, draggable: true, snappable: false });
    const crossed = () => intent.current({ type: 'outline/crossed' });
    layer.on('pm:intersect', crossed);
    return () => {
      layer.off('pm:intersect', crossed);
      layer.pm.disable();
    };
  }, [editableId, places]);

  return null;
}
