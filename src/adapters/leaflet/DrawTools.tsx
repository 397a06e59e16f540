import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { circleArea } from '../../domain/geo';
import type { CoordinateSpace } from '../../domain/records/geometry';
import { fromLatLng, geometryOfLayer } from './coords';
import L from './leafletSetup';
import type { DrawShape, MapIntent } from './mapIntents';

const geomanShape = { polygon: 'Polygon', rectangle: 'Rectangle', circle: 'Circle' } as const;

interface Props {
  drawing: DrawShape | null;
  space: CoordinateSpace;
  onIntent: (intent: MapIntent) => void;
}

/**
 * The drawing gesture belongs to Leaflet (and geoman for areas) until it ends; then the drawn layer
 * is thrown away and only its geometry goes out as an intent, so Dexie stays the one source of
 * what is on the map. A point is a single click on the map.
 */
export function DrawTools({ drawing, space, onIntent }: Props) {
  const map = useMap();
  const intent = useRef(onIntent);
  intent.current = onIntent;

  useEffect(() => {
    if (!drawing) return;
    const box = map.getContainer();
    box.classList.add('is-drawing');
    if (drawing === 'point') {
      const onClick = (e: L.LeafletMouseEvent) => {
        intent.current({
          type: 'place/drawn',
          geometry: { type: 'Point', coordinates: fromLatLng(e.latlng) },
        });
      };
      map.on('click', onClick);
      return () => {
        map.off('click', onClick);
        box.classList.remove('is-drawing');
      };
    }
    const onCreate = (e: { layer: L.Layer }) => {
      const { layer } = e;
      layer.remove();
      const geometry =
        layer instanceof L.Circle
          ? circleArea(fromLatLng(layer.getLatLng()), layer.getRadius(), space)
          : geometryOfLayer(layer);
      if (geometry) intent.current({ type: 'place/drawn', geometry });
    };
    const onEnd = () => intent.current({ type: 'draw/ended' });
    // Geoman quietly refuses a corner that would make the outline cross itself; say why, once per
    // drawing (it reports again on every mouse move while the crossing line is shown).
    let told = false;
    const onCrossed = () => {
      if (told) return;
      told = true;
      intent.current({ type: 'outline/crossed' });
    };
    const onStart = () => {
      told = false;
    };
    map.on('pm:create', onCreate);
    map.on('pm:drawend', onEnd);
    map.on('pm:drawstart', onStart);
    map.on('pm:intersect', onCrossed);
    map.pm.enableDraw(geomanShape[drawing], {
      allowSelfIntersection: false,
      snappable: false,
      continueDrawing: false,
      finishOn: drawing === 'polygon' ? 'dblclick' : null,
      tooltips: true,
    });
    return () => {
      map.off('pm:create', onCreate);
      map.off('pm:drawend', onEnd);
      map.off('pm:drawstart', onStart);
      map.off('pm:intersect', onCrossed);
      map.pm.disableDraw();
      box.classList.remove('is-drawing');
    };
  }, [map, drawing, space]);

  return null;
}
