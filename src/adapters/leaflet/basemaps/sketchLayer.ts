import { toLatLng } from '../coords';
import L from '../leafletSetup';
import { BASEMAP_LABEL_PANE, BASEMAP_PANE, ensureBasemapPanes } from './panes';
import { sketchLabels, sketchShapes, type SketchFeature, type SketchLabel } from './sketchSpecs';

function labelMarker(label: SketchLabel): L.Marker {
  // DOM text, never an HTML string: the sketch is a fixture, but labels are built one way only.
  const text = document.createElement('span');
  text.className = `sketch-label sketch-label-${label.kind}`;
  text.textContent = label.text;
  text.style.transform = `translate(-50%, -50%) rotate(${label.angle}deg)`;
  return L.marker(toLatLng(label.at), {
    icon: L.divIcon({ html: text, className: 'sketch-label-anchor', iconSize: [0, 0] }),
    pane: BASEMAP_LABEL_PANE,
    interactive: false,
    keyboard: false,
    pmIgnore: true,
  });
}

/**
 * Draws the sketch on a map: shapes as non-interactive vector layers, names as text markers shown
 * only from their zoom level in. Returns what removes it all again.
 */
export function addSketch(map: L.Map, features: readonly SketchFeature[]): () => void {
  ensureBasemapPanes(map);
  const renderer = L.svg({ pane: BASEMAP_PANE });
  const shapes = L.layerGroup();
  for (const s of sketchShapes(features)) {
    const options: L.PathOptions = {
      renderer,
      pane: BASEMAP_PANE,
      interactive: false,
      pmIgnore: true,
      stroke: s.stroke !== null,
      color: s.stroke?.colour,
      weight: s.stroke?.weight,
      dashArray: s.stroke?.dash,
      lineCap: 'round',
      lineJoin: 'round',
      fill: s.fill !== null,
      fillColor: s.fill?.colour,
      fillOpacity: s.fill?.opacity,
    };
    const layer =
      s.geometry.type === 'LineString'
        ? L.polyline(s.geometry.coordinates.map(toLatLng), options)
        : L.polygon(
            s.geometry.coordinates.map((ring) => ring.slice(0, -1).map(toLatLng)),
            options,
          );
    shapes.addLayer(layer);
  }
  shapes.addTo(map);

  const labels = sketchLabels(features).map((label) => ({ label, marker: labelMarker(label) }));
  const showLabels = () => {
    const zoom = map.getZoom();
    for (const { label, marker } of labels) {
      const wanted = zoom >= label.minZoom;
      if (wanted && !map.hasLayer(marker)) marker.addTo(map);
      else if (!wanted && map.hasLayer(marker)) marker.remove();
    }
  };
  showLabels();
  map.on('zoomend', showLabels);
  return () => {
    map.off('zoomend', showLabels);
    for (const { marker } of labels) marker.remove();
    shapes.remove();
  };
}
