import L from '../leafletSetup';
import { addCredit } from './credit';

/**
 * Tiles from the server the user chose. This is the one basemap that makes requests off the
 * device; no referrer is sent with them, so the server learns the area viewed, not the app.
 */
export function addTiles(map: L.Map, urlTemplate: string, attribution: string): () => void {
  const layer = L.tileLayer(urlTemplate, {
    maxZoom: 20,
    maxNativeZoom: 19,
    subdomains: 'abc',
    referrerPolicy: 'no-referrer',
    crossOrigin: false,
    className: 'basemap-tiles',
  });
  layer.addTo(map);
  const removeCredit = addCredit(map, attribution);
  return () => {
    removeCredit();
    layer.remove();
  };
}
