import {
  AREA_FILL_OPACITY,
  LINKED_HALO,
  placeFill,
  placeKindStyle,
  placeOutline,
  placeSelected,
} from '../../domain/placeEncoding';
import { toLatLng } from './coords';
import L from './leafletSetup';
import type { PlaceFeature } from './mapIntents';

/**
 * One place as Leaflet layers. Labels and badges are DOM nodes filled with textContent: a place
 * name typed as `<img onerror=…>` stays text (Leaflet treats string content as HTML).
 */
export function labelElement(text: string): HTMLElement {
  const el = document.createElement('span');
  el.textContent = text;
  return el;
}

function badge(f: PlaceFeature): HTMLElement {
  const el = document.createElement('div');
  const { glyph, colour } = placeKindStyle[f.kind];
  el.className = 'place-badge';
  // Lets a person dragged out of the network find the place they were let go on.
  el.dataset.placeId = f.id;
  el.textContent = glyph;
  el.style.background = placeFill(f.risk);
  el.style.borderColor = colour;
  el.style.color = placeOutline;
  return el;
}

function classesOf(f: PlaceFeature): string {
  return [
    'place',
    f.selected ? 'is-selected' : '',
    f.linked ? 'is-linked' : '',
    f.dimmed ? 'is-dimmed' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function areaStyle(f: PlaceFeature): L.PathOptions {
  const { colour } = placeKindStyle[f.kind];
  return {
    color: f.selected ? placeSelected : f.linked ? LINKED_HALO : colour,
    weight: f.selected || f.linked ? 6 : 3,
    dashArray: f.risk === 'not-assessed' ? '8 6' : undefined,
    fillColor: placeFill(f.risk),
    fillOpacity: f.dimmed ? AREA_FILL_OPACITY / 3 : AREA_FILL_OPACITY,
    opacity: f.dimmed ? 0.35 : 1,
  };
}

export function pointIcon(f: PlaceFeature): L.DivIcon {
  return L.divIcon({
    html: badge(f),
    className: `place-point ${classesOf(f)}`,
    iconSize: [34, 34],
    iconAnchor: [17, 17],
  });
}

/** Builds the layer for a place: a badge marker for a point, an outlined area for a polygon. */
export function createPlaceLayer(f: PlaceFeature): L.Marker | L.Polygon {
  const label = labelElement(f.label);
  if (f.geometry.type === 'Point') {
    const marker = L.marker(toLatLng(f.geometry.coordinates), {
      icon: pointIcon(f),
      keyboard: false,
      title: '',
      // Geoman must not offer these for editing on its own: the adapter turns editing on.
      pmIgnore: false,
    });
    marker.bindTooltip(label, {
      permanent: true,
      direction: 'right',
      offset: [16, 0],
      className: 'place-label',
    });
    return marker;
  }
  const rings = f.geometry.coordinates.map((r) => r.slice(0, -1).map(toLatLng));
  const polygon = L.polygon(rings, { ...areaStyle(f), className: classesOf(f) });
  polygon.on('add', () => polygon.getElement()?.setAttribute('data-place-id', f.id));
  polygon.bindTooltip(label, { permanent: true, direction: 'center', className: 'place-label' });
  return polygon;
}

/** Restyles a place whose shape has not changed (selection, link highlight, kind, risk, name). */
export function restylePlace(layer: L.Marker | L.Polygon, f: PlaceFeature): void {
  if (layer instanceof L.Marker) layer.setIcon(pointIcon(f));
  else {
    layer.setStyle(areaStyle(f));
    const el = layer.getElement();
    if (el) el.setAttribute('class', `leaflet-interactive ${classesOf(f)}`);
  }
  layer.setTooltipContent(labelElement(f.label));
}
