import type { Position } from '../../domain/geo';
import type { Geometry } from '../../domain/records/geometry';
import L from './leafletSetup';

/**
 * The only place that turns GeoJSON order (`[lng, lat]`, or `[x, y]` image pixels) into Leaflet's
 * `[lat, lng]` and back. Image pixels use Leaflet's flat CRS, where lat is y and lng is x.
 */
export const toLatLng = ([x, y]: Position): L.LatLng => L.latLng(y, x);
export const fromLatLng = (p: L.LatLng): [number, number] => [round(p.lng), round(p.lat)];

/** Seven decimals is about a centimetre: more only bloats records and exports. */
const round = (n: number) => Math.round(n * 1e7) / 1e7;

export function ringOf(latlngs: L.LatLng[]): [number, number][] {
  const ring = latlngs.map(fromLatLng);
  const first = ring[0];
  if (first) ring.push([first[0], first[1]]);
  return ring;
}

/** The stored geometry of a Leaflet layer the user drew or reshaped. */
export function geometryOfLayer(layer: L.Layer): Geometry | null {
  if (layer instanceof L.Marker || layer instanceof L.CircleMarker)
    return { type: 'Point', coordinates: fromLatLng(layer.getLatLng()) };
  if (layer instanceof L.Polygon) {
    const rings = layer.getLatLngs() as L.LatLng[][];
    const outer = rings[0];
    if (!outer || !Array.isArray(outer)) return null;
    return { type: 'Polygon', coordinates: [ringOf(outer)] };
  }
  return null;
}
