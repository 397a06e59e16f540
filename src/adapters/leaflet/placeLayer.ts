import {
  AREA_DASH,
  areaLook,
  placeFill,
  placeKindStyle,
  placeGlyphInk,
} from '../../domain/placeEncoding';
import { middleOf } from '../../domain/geo';
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
  el.style.color = placeGlyphInk;
  return el;
}

/** Open and overdue actions ("2", "!1"), as text; the place's panel says the same in words. */
function actionsBadge(f: PlaceFeature): HTMLElement | null {
  const open = f.openActions ?? 0;
  const overdue = f.overdueActions ?? 0;
  if (open === 0) return null;
  const el = document.createElement('span');
  el.className = 'place-actions';
  el.setAttribute('aria-hidden', 'true');
  const count = document.createElement('span');
  count.textContent = String(open);
  el.append(count);
  if (overdue > 0) {
    const late = document.createElement('span');
    late.className = 'is-overdue';
    late.textContent = `!${overdue}`;
    el.append(late);
  }
  return el;
}

function classesOf(f: PlaceFeature): string {
  return [
    'place',
    f.selected ? 'is-selected' : '',
    f.linked ? 'is-linked' : '',
    f.dimmed ? 'is-dimmed' : '',
    f.changed ? 'is-changed' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

export function areaStyle(f: PlaceFeature): L.PathOptions {
  const look = areaLook(f);
  return {
    color: look.stroke,
    weight: look.width,
    dashArray: look.dashed ? AREA_DASH : undefined,
    fillColor: look.fill,
    fillOpacity: look.fillOpacity,
    opacity: look.opacity,
  };
}

/**
 * Labels are part of a marker's icon, not Leaflet tooltips: a permanent tooltip measures itself in
 * the page layout each time it is placed, and with hundreds of places that alone held the main
 * thread for over a second when the map opened. An icon is placed by a transform, unmeasured.
 */
function labelFor(f: PlaceFeature, where: 'beside' | 'centre'): HTMLElement {
  const label = labelElement(f.label);
  label.className = `place-label place-label-${where}`;
  label.dataset.placeId = f.id;
  return label;
}

export function pointIcon(f: PlaceFeature): L.DivIcon {
  const wrap = document.createElement('div');
  wrap.append(badge(f), labelFor(f, 'beside'));
  const actions = actionsBadge(f);
  if (actions) wrap.append(actions);
  return L.divIcon({
    html: wrap,
    className: `place-point ${classesOf(f)}`,
    iconSize: [34, 34],
    iconAnchor: [17, 17],
  });
}

function areaLabelIcon(f: PlaceFeature): L.DivIcon {
  const label = labelFor(f, 'centre');
  const actions = actionsBadge(f);
  if (actions) label.append(actions);
  return L.divIcon({
    html: label,
    className: `place-area-label ${f.dimmed ? 'is-dimmed' : ''}`,
    iconSize: [0, 0],
  });
}

/** An area's name, in the middle of it; it comes and goes with the area. */
const areaLabels = new WeakMap<L.Polygon, L.Marker>();

/** Builds the layer for a place: a badge marker for a point, an outlined area for a polygon. */
export function createPlaceLayer(f: PlaceFeature): L.Marker | L.Polygon {
  if (f.geometry.type === 'Point') {
    return L.marker(toLatLng(f.geometry.coordinates), {
      icon: pointIcon(f),
      keyboard: false,
      title: '',
      // Geoman must not offer these for editing on its own: the adapter turns editing on.
      pmIgnore: false,
    });
  }
  const rings = f.geometry.coordinates.map((r) => r.slice(0, -1).map(toLatLng));
  const polygon = L.polygon(rings, { ...areaStyle(f), className: classesOf(f) });
  const label = L.marker(toLatLng(middleOf(f.geometry)), {
    icon: areaLabelIcon(f),
    interactive: false,
    keyboard: false,
    pmIgnore: true,
  });
  areaLabels.set(polygon, label);
  polygon.on('add', (e) => {
    polygon.getElement()?.setAttribute('data-place-id', f.id);
    label.addTo((e.target as L.Polygon & { _map: L.Map })._map);
  });
  polygon.on('remove', () => label.remove());
  return polygon;
}

/** Restyles a place whose shape has not changed (selection, link highlight, kind, risk, name). */
export function restylePlace(layer: L.Marker | L.Polygon, f: PlaceFeature): void {
  if (layer instanceof L.Marker) {
    layer.setIcon(pointIcon(f));
    return;
  }
  layer.setStyle(areaStyle(f));
  const el = layer.getElement();
  if (el) el.setAttribute('class', `leaflet-interactive ${classesOf(f)}`);
  areaLabels.get(layer)?.setIcon(areaLabelIcon(f));
}
