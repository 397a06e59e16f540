import type L from '../leafletSetup';

/**
 * Basemap layers get panes of their own: above Leaflet's tile pane (200), below the places (400)
 * and their labels, so a street name never covers a place badge.
 */
export const BASEMAP_PANE = 'basemap';
export const BASEMAP_LABEL_PANE = 'basemapLabels';

export function ensureBasemapPanes(map: L.Map): void {
  if (!map.getPane(BASEMAP_PANE)) map.createPane(BASEMAP_PANE).style.zIndex = '250';
  if (!map.getPane(BASEMAP_LABEL_PANE)) {
    const labels = map.createPane(BASEMAP_LABEL_PANE);
    labels.style.zIndex = '390';
    // Names are for reading only: clicks go through to the map (and to drawing tools).
    labels.style.pointerEvents = 'none';
  }
}
