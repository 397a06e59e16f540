import { toLatLng } from './coords';
import { incidentIcon, selectedIncidentIcon } from './incidentIcons';
import type { IncidentDisplay, IncidentMarker } from './incidentTypes';
import L from './leafletSetup';
import type { Position } from '../../domain/geo';

// The incident layer's state and the steps that keep it in line with the board (IncidentsLayer.tsx
// wires them to React): markers kept by id, clusters rebuilt in their own task, heat redrawn.

export interface Drawn {
  marker: L.Marker;
  data: IncidentMarker;
}

export interface Layers {
  clusters: L.MarkerClusterGroup;
  heat: L.HeatLayer | null;
  /** The markers last given to the heat layer (it is redrawn only when they change). */
  heatOf: readonly IncidentMarker[] | null;
  markers: readonly IncidentMarker[];
  drawn: Map<string, Drawn>;
  idOf: WeakMap<L.Layer, string>;
  /** Bulk additions still being clustered in chunks. */
  loading: number;
  /**
   * The cluster group is behind the markers (changed while it was off the map, shown as heat).
   * markercluster checks each addition against its off-map list one by one, so 10,000 additions
   * off the map cost 50 million comparisons: it is only ever filled while on the map.
   */
  clustersStale: boolean;
  /** A rebuild waiting for its task. */
  rebuild: number | undefined;
  selected: Set<string>;
}

/**
 * Removing this many markers one by one costs more than clustering the rest again from scratch
 * (markercluster re-walks its tree for each removal).
 */
export const REBUILD_ABOVE = 500;

/** Its own pane above place badges and labels, so a count is never hidden under a name. */
export const PANE = 'incidents';

export const HEAT_OPTIONS: L.HeatMapOptions = {
  radius: 26,
  blur: 15,
  minOpacity: 0.3,
  // From this zoom in, one incident counts in full; further out, nearby ones add up per cell.
  maxZoom: 15,
  // Warm colours only: blue already means "linked to the selection" on the map.
  gradient: { 0.2: '#fee391', 0.45: '#fe9929', 0.7: '#d95f0e', 1: '#7f0000' },
};

/**
 * The heat's full-strength value: the number of incidents at the busier spots (90th percentile),
 * so a board with a few incidents still shows them and one with thousands still shows hotspots
 * rather than a town painted dark red.
 */
export function heatMax(points: readonly Position[]): number {
  const perSpot = new Map<string, number>();
  for (const p of points) {
    const key = `${p[0]},${p[1]}`;
    perSpot.set(key, (perSpot.get(key) ?? 0) + 1);
  }
  const counts = [...perSpot.values()].sort((a, b) => a - b);
  return Math.max(1, counts[Math.floor(counts.length * 0.9)] ?? 1);
}

/** leaflet.heat redraws on these calls and fails when off the map: call only while it is on. */
export function drawHeat(heat: L.HeatLayer, markers: readonly IncidentMarker[]): void {
  const points = markers.map((m) => m.at);
  heat.setOptions({ max: heatMax(points) });
  heat.setLatLngs(points.map(toLatLng));
}

const samePlace = (a: IncidentMarker, b: IncidentMarker) =>
  a.at[0] === b.at[0] && a.at[1] === b.at[1] && a.label === b.label;

/**
 * Says on the map's element what is drawn and when it was first painted: `data-incidents-display`,
 * `data-incidents-shown` and `data-incidents-drawn-at` (performance.now() after the paint). Tests
 * and the benchmark wait on these, since clusters are built in chunks after React has finished.
 */
export function markDrawn(map: L.Map, display: IncidentDisplay, shown: number): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      const box = map.getContainer();
      box.dataset.incidentsDisplay = display;
      box.dataset.incidentsShown = String(shown);
      box.dataset.incidentsDrawnAt = String(performance.now());
    }, 0),
  );
}

/**
 * Brings the markers in line with `s.markers`: a marker is made for each new or moved incident
 * (with the selected look if it is selected) and kept by id; returns what was added and removed.
 */
export function syncMarkers(s: Layers): { added: L.Marker[]; removed: L.Marker[] } {
  const next = new Map<string, Drawn>();
  const added: L.Marker[] = [];
  for (const m of s.markers) {
    const had = s.drawn.get(m.id);
    if (had && samePlace(had.data, m)) {
      next.set(m.id, had);
      continue;
    }
    const selected = s.selected.has(m.id);
    const marker = L.marker(toLatLng(m.at), {
      icon: selected ? selectedIncidentIcon : incidentIcon,
      zIndexOffset: selected ? 1000 : 0,
      title: m.label,
      keyboard: true,
      pane: PANE,
    });
    s.idOf.set(marker, m.id);
    next.set(m.id, { marker, data: m });
    added.push(marker);
  }
  const removed: L.Marker[] = [];
  for (const [id, d] of s.drawn) if (next.get(id)?.marker !== d.marker) removed.push(d.marker);
  s.drawn = next;
  return { added, removed };
}

/**
 * Clusters every marker again, in chunks, from a task of its own: when the map first opens, the
 * map and its places are drawn in one task and the clustering starts in the next, so neither makes
 * the page freeze for long. The group must be on the map.
 */
export function rebuildClusters(s: Layers, map: L.Map): void {
  s.clusters.clearLayers();
  s.clustersStale = false;
  if (s.rebuild !== undefined) return;
  s.loading++;
  s.rebuild = window.setTimeout(() => {
    s.rebuild = undefined;
    if (!map.hasLayer(s.clusters)) {
      s.clustersStale = true;
      return;
    }
    // The markers as they are now: changes made while this waited are included.
    syncMarkers(s);
    s.clusters.addLayers([...s.drawn.values()].map((d) => d.marker));
  }, 0);
}
