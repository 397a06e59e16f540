import { closedRing, geometryProblem } from '../../geo';
import type { Geometry } from '../../records/geometry';

/** A feature's geometry as a place's (null: a place with no location), or why it cannot be one. */
export type FeatureGeometry = { geometry: Geometry | null } | { problem: string };

type Position = [number, number];

/**
 * A GeoJSON position as `[lng, lat]`; a third value (height, which QGIS and GDAL may write) is
 * dropped, as a place on the map has none. Null when it is not two numbers.
 */
function positionOf(value: unknown): Position | null {
  if (!Array.isArray(value) || value.length < 2) return null;
  const [lng, lat] = value as unknown[];
  return typeof lng === 'number' && typeof lat === 'number' ? [lng, lat] : null;
}

function ringsOf(value: unknown): Position[][] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const rings: Position[][] = [];
  for (const ring of value as unknown[]) {
    if (!Array.isArray(ring)) return null;
    const points = (ring as unknown[]).map(positionOf);
    if (points.some((p) => p === null)) return null;
    rings.push(points as Position[]);
  }
  return rings;
}

const typeName = (type: unknown) =>
  typeof type === 'string' ? `“${type.slice(0, 40)}”` : 'a geometry with no type';

/**
 * A feature's GeoJSON geometry as a place's: a Point or a Polygon (a MultiPolygon of one polygon
 * is that polygon), or none (an online space). Anything else, coordinates out of range, and an
 * area whose outline crosses itself are problems in plain words, checked as a place drawn on the
 * map is (geometryProblem).
 */
export function placeGeometryOf(raw: unknown): FeatureGeometry {
  if (raw === null || raw === undefined) return { geometry: null };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { problem: 'its geometry is not a GeoJSON geometry' };
  const { type, coordinates } = raw as { type?: unknown; coordinates?: unknown };
  let geometry: Geometry;
  if (type === 'Point') {
    const at = positionOf(coordinates);
    if (!at) return { problem: 'the Point’s coordinates are not a longitude and a latitude' };
    geometry = { type: 'Point', coordinates: at };
  } else if (type === 'Polygon' || type === 'MultiPolygon') {
    let polygon: unknown = coordinates;
    if (type === 'MultiPolygon') {
      if (!Array.isArray(coordinates) || coordinates.length !== 1)
        return {
          problem: `a place is one area; this MultiPolygon has ${Array.isArray(coordinates) ? coordinates.length : 'no'} parts (split it into one feature per area)`,
        };
      polygon = coordinates[0];
    }
    const rings = ringsOf(polygon);
    if (!rings) return { problem: `the ${type}’s coordinates are not rings of positions` };
    // GeoJSON rings repeat their first corner at the end; one that does not is closed here.
    geometry = { type: 'Polygon', coordinates: rings.map(closedRing) };
  } else {
    return { problem: `a place is a point or an area; ${typeName(type)} is not` };
  }
  let problem: string | null;
  try {
    problem = geometryProblem(geometry, 'geo');
  } catch {
    problem = 'the outline of the area cannot be read';
  }
  return problem ? { problem: `its geometry: ${problem}` } : { geometry };
}
