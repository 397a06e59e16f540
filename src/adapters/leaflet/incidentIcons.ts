import L from './leafletSetup';
import './incidents.css';

/**
 * Incident markers and cluster badges, built from DOM nodes (never HTML strings). Markers inside a
 * cluster have no DOM at all until they are shown, so each icon builds a fresh element whenever
 * Leaflet asks for one; two shared icon objects (plain and selected) serve all 10,000 markers.
 */
function freshDivIcon(build: () => HTMLElement, options: L.DivIconOptions): L.DivIcon {
  const icon = L.divIcon(options);
  const create = icon.createIcon.bind(icon);
  icon.createIcon = (old) => {
    icon.options.html = build();
    return create(old);
  };
  return icon;
}

function glyph(): HTMLElement {
  const el = document.createElement('span');
  el.className = 'incident-glyph';
  el.setAttribute('aria-hidden', 'true');
  el.textContent = '!';
  return el;
}

const SIZE = 26;
/**
 * Incidents sit up and to the left of their spot, like a count on a badge: an incident at a place
 * is at the place's middle, and drawn centred it would hide the place's badge (its kind and risk).
 * The place's label is to the right, so up-left hides nothing. The diamond's lower-right edge
 * points at the spot itself.
 */
const OFFSET = 12;
const CLUSTER_OFFSET = 16;

export const incidentIcon = freshDivIcon(glyph, {
  className: 'incident-marker',
  iconSize: [SIZE, SIZE],
  iconAnchor: [SIZE / 2 + OFFSET, SIZE / 2 + OFFSET],
});

export const selectedIncidentIcon = freshDivIcon(glyph, {
  className: 'incident-marker is-selected',
  iconSize: [SIZE, SIZE],
  iconAnchor: [SIZE / 2 + OFFSET, SIZE / 2 + OFFSET],
});

/** Where a new incident will be recorded, while its form is open. */
export const draftIncidentIcon = freshDivIcon(glyph, {
  className: 'incident-marker is-draft',
  iconSize: [SIZE, SIZE],
  iconAnchor: [SIZE / 2 + OFFSET, SIZE / 2 + OFFSET],
});

/** Size band of a cluster, so a hotspot of hundreds reads bigger than a handful. */
function band(count: number): { size: number; name: string } {
  if (count < 10) return { size: 38, name: 'small' };
  if (count < 100) return { size: 46, name: 'medium' };
  return { size: 56, name: 'large' };
}

/**
 * A cluster's badge: the count as text, and "incidents" for screen readers, so the room and a
 * screen reader both get the number without hovering.
 */
export function clusterIcon(count: number): L.DivIcon {
  const { size, name } = band(count);
  const el = document.createElement('div');
  const n = document.createElement('span');
  n.className = 'incident-count';
  n.textContent = count.toLocaleString('en-GB');
  const words = document.createElement('span');
  words.className = 'visually-hidden';
  words.textContent = count === 1 ? ' incident' : ' incidents';
  el.append(n, words);
  return L.divIcon({
    html: el,
    className: `incident-cluster incident-cluster-${name}`,
    iconSize: [size, size],
    iconAnchor: [size / 2 + CLUSTER_OFFSET, size / 2 + CLUSTER_OFFSET],
  });
}
