import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { fromLatLng, toLatLng } from './coords';
import {
  clusterIcon,
  draftIncidentIcon,
  incidentIcon,
  selectedIncidentIcon,
} from './incidentIcons';
import type { IncidentDisplay, IncidentIntent, IncidentMarker } from './incidentTypes';
import {
  drawHeat,
  heatMax,
  HEAT_OPTIONS,
  markDrawn,
  PANE,
  REBUILD_ABOVE,
  rebuildClusters,
  syncMarkers,
  type Layers,
} from './incidentLayerState';
import L from './leafletSetup';
import type { Position } from '../../domain/geo';

interface Props {
  markers: readonly IncidentMarker[];
  display: IncidentDisplay;
  selected: readonly string[];
  /** "Add incident" is on: the map shows a crosshair until a spot is chosen. */
  placing: boolean;
  /** Where the incident being recorded will be, while its form is open. */
  draftAt: Position | null;
  onIntent: (intent: IncidentIntent) => void;
}

/**
 * A board's incidents on the map, as clusters with counts (markercluster) or as a heat layer. Built
 * for 10,000 incidents: markers are made once per incident and kept by id, so a filter change adds
 * and removes only the difference; bulk additions are clustered in short chunks (`chunkedLoading`)
 * so the page stays responsive; selection changes only swap the icons of the markers concerned.
 */
export function IncidentsLayer({ markers, display, selected, placing, draftAt, onIntent }: Props) {
  const map = useMap();
  const layers = useRef<Layers | null>(null);
  const intent = useRef(onIntent);
  intent.current = onIntent;
  const shownDisplay = useRef(display);
  shownDisplay.current = display;

  useEffect(() => {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '660';
    const idOf = new WeakMap<L.Layer, string>();
    let state: Layers | null = null;
    const finished = () => {
      if (!state || state.loading === 0 || --state.loading > 0) return;
      if (shownDisplay.current === 'clusters') markDrawn(map, 'clusters', state.drawn.size);
    };
    const clusters = L.markerClusterGroup({
      chunkedLoading: true,
      // Short chunks with a breath between: no task long enough to make the page feel stuck.
      chunkInterval: 40,
      chunkDelay: 4,
      clusterPane: PANE,
      chunkProgress: (done, total) => {
        if (done === total) finished();
      },
      // Animated splitting and merging forces a page layout per step and costs more than the
      // clustering itself with 10,000 markers; clusters change at once on zoom instead.
      animate: false,
      showCoverageOnHover: false,
      maxClusterRadius: 56,
      spiderfyDistanceMultiplier: 1.6,
      iconCreateFunction: (cluster) => clusterIcon(cluster.getChildCount()),
    });
    const tapped = (layer: L.Layer | undefined, additive: boolean) => {
      const id = layer && idOf.get(layer);
      if (id) intent.current({ type: 'incident/tapped', incidentId: id, additive });
    };
    clusters.on('click', (e) => {
      const ev = e as unknown as Propagated;
      tapped(ev.propagatedFrom ?? ev.layer, shiftOf(ev));
    });
    // Leaflet makes markers focusable but only a click selects one: Enter does the same. (On a
    // cluster the event arrives as `clusterkeypress`, which markercluster answers by zooming in.)
    clusters.on('keypress', (e) => {
      const ev = e as unknown as Propagated;
      const key = ev.originalEvent;
      if (key instanceof KeyboardEvent && key.key === 'Enter')
        tapped(ev.propagatedFrom, key.shiftKey);
    });
    state = {
      clusters,
      heat: null,
      heatOf: null,
      markers: [],
      drawn: new Map(),
      idOf,
      loading: 0,
      clustersStale: true,
      rebuild: undefined,
      selected: new Set(),
    };
    layers.current = state;
    return () => {
      window.clearTimeout(state?.rebuild);
      clusters.off();
      clusters.clearLayers();
      clusters.remove();
      state?.heat?.remove();
      const box = map.getContainer();
      delete box.dataset.incidentsDisplay;
      delete box.dataset.incidentsShown;
      delete box.dataset.incidentsDrawnAt;
      layers.current = null;
      state = null;
    };
  }, [map]);

  // The incidents shown changed (recorded, edited, deleted, filtered): sync by id. While the
  // clusters are to be rebuilt anyway (first shown, or off the map as heat), the markers are made
  // in the rebuild's own task, so opening the map does not make 10,000 of them in its first task.
  useEffect(() => {
    const s = layers.current;
    if (!s) return;
    s.markers = markers;
    if (!map.hasLayer(s.clusters)) s.clustersStale = true;
    else if (s.clustersStale || s.rebuild !== undefined) rebuildClusters(s, map);
    else {
      const { added, removed } = syncMarkers(s);
      if (removed.length > REBUILD_ABOVE) rebuildClusters(s, map);
      else {
        if (removed.length > 0) s.clusters.removeLayers(removed);
        if (added.length > 0) {
          s.loading++;
          s.clusters.addLayers(added);
        } else if (removed.length > 0) markDrawn(map, 'clusters', s.drawn.size);
      }
    }
    if (s.heat && map.hasLayer(s.heat)) {
      drawHeat(s.heat, markers);
      s.heatOf = markers;
      markDrawn(map, 'heat', markers.length);
    }
  }, [map, markers]);

  // Clusters or heat: the hidden one stays built, so switching back is quick.
  useEffect(() => {
    const s = layers.current;
    if (!s) return;
    if (display === 'clusters') {
      if (s.heat) s.heat.remove();
      if (!map.hasLayer(s.clusters)) {
        if (!s.clustersStale) s.loading++;
        map.addLayer(s.clusters);
        if (s.clustersStale) rebuildClusters(s, map);
      } else markDrawn(map, 'clusters', s.drawn.size);
      return;
    }
    if (map.hasLayer(s.clusters)) {
      s.loading = 0;
      if (s.rebuild !== undefined) {
        window.clearTimeout(s.rebuild);
        s.rebuild = undefined;
        s.clustersStale = true;
      }
      map.removeLayer(s.clusters);
    }
    if (!s.heat) {
      const points = s.markers.map((m) => m.at);
      s.heat = L.heatLayer(points.map(toLatLng), { ...HEAT_OPTIONS, max: heatMax(points) });
      s.heatOf = s.markers;
    }
    // Adding draws the layer at once, with the incidents it last had.
    if (!map.hasLayer(s.heat)) s.heat.addTo(map);
    if (s.heatOf !== s.markers) {
      drawHeat(s.heat, s.markers);
      s.heatOf = s.markers;
    }
    markDrawn(map, 'heat', s.markers.length);
  }, [map, display]);

  // Only the markers whose selection changed get a new icon.
  useEffect(() => {
    const s = layers.current;
    if (!s) return;
    const now = new Set(selected);
    for (const id of s.selected) {
      const d = s.drawn.get(id);
      if (d && !now.has(id)) {
        d.marker.setIcon(incidentIcon);
        d.marker.setZIndexOffset(0);
      }
    }
    for (const id of now) {
      const d = s.drawn.get(id);
      if (d && d.marker.options.icon !== selectedIncidentIcon) {
        d.marker.setIcon(selectedIncidentIcon);
        d.marker.setZIndexOffset(1000);
      }
    }
    s.selected = now;
  }, [selected, markers]);

  useEffect(() => {
    if (!draftAt) return;
    const marker = L.marker(toLatLng(draftAt), {
      icon: draftIncidentIcon,
      title: 'The new incident',
      keyboard: false,
      interactive: false,
      pane: PANE,
    }).addTo(map);
    return () => {
      marker.remove();
    };
  }, [map, draftAt]);

  useEffect(() => {
    if (!placing) return;
    const box = map.getContainer();
    box.classList.add('is-placing-incident');
    // The keyboard's way to place one: pan with the arrow keys, then Enter for the middle.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter' || e.target !== box) return;
      e.preventDefault();
      intent.current({ type: 'incident/pointChosen', at: fromLatLng(map.getCenter()) });
    };
    box.addEventListener('keydown', onKey);
    return () => {
      box.classList.remove('is-placing-incident');
      box.removeEventListener('keydown', onKey);
    };
  }, [map, placing]);

  return null;
}

/** A marker's event as it reaches the group: which marker it came from. */
interface Propagated {
  propagatedFrom?: L.Layer;
  layer?: L.Layer;
  originalEvent?: Event;
}

function shiftOf(e: { originalEvent?: Event }): boolean {
  const o = e.originalEvent;
  return o instanceof MouseEvent ? o.shiftKey : false;
}
