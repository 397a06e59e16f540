import L from '../leafletSetup';
import { BASEMAP_PANE, ensureBasemapPanes } from './panes';

/** The image's corners in the map's flat coordinates: pixels, y growing downwards. */
export const imageBounds = (width: number, height: number): L.LatLngBounds =>
  L.latLngBounds(L.latLng(0, 0), L.latLng(height, width));

/**
 * A floor plan or a photo of a paper map as the background, one map unit per image pixel (see
 * imageCrs.ts). It fills the view when first shown.
 */
export function addImage(
  map: L.Map,
  data: Blob,
  width: number,
  height: number,
  name: string,
  onProblem: (message: string) => void,
): () => void {
  ensureBasemapPanes(map);
  const url = URL.createObjectURL(data);
  const bounds = imageBounds(width, height);
  const layer = L.imageOverlay(url, bounds, {
    pane: BASEMAP_PANE,
    interactive: false,
    alt: name,
    className: 'basemap-image',
  });
  layer.on('error', () =>
    onProblem('The background image could not be drawn. Choose it again from Basemap.'),
  );
  layer.addTo(map);
  map.fitBounds(bounds, { padding: [16, 16] });
  return () => {
    layer.remove();
    URL.revokeObjectURL(url);
  };
}
