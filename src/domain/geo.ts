import circle from '@turf/circle';
import kinks from '@turf/kinks';
import type { Polygon } from 'geojson';
import { coordinateProblem, type CoordinateSpace, type Geometry } from './records/geometry';

/**
 * Geometry rules for places, in GeoJSON order (`[lng, lat]`, or image pixels `[x, y]` on an image
 * basemap). The map adapter converts to Leaflet's `[lat, lng]`; nothing else does.
 */
export type Position = readonly [number, number];

/** A closed ring from the corners a user drew (the first corner repeated at the end). */
export function closedRing(corners: readonly Position[]): [number, number][] {
  const ring = corners.map(([a, b]) => [a, b] as [number, number]);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  return ring;
}

/** Distinct corners of a ring (without the repeated closing corner). */
function cornersOf(ring: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of ring) {
    const prev = out[out.length - 1];
    if (!prev || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
  return out;
}

/**
 * What is wrong with a geometry a user drew or imported, in plain words, or null when it can be
 * stored: every coordinate in range, and an area with at least three corners that does not cross
 * itself (a bow-tie shape has no clear inside, so "is this stairwell in the area" has no answer).
 */
export function geometryProblem(geometry: Geometry, space: CoordinateSpace): string | null {
  const points = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates.flat();
  for (const p of points) {
    if (!Number.isFinite(p[0]) || !Number.isFinite(p[1])) return 'A coordinate is not a number';
    const problem = coordinateProblem(p, space);
    if (problem) return problem;
  }
  if (geometry.type === 'Point') return null;
  for (const ring of geometry.coordinates) {
    if (cornersOf(ring).length < 3) return 'An area needs at least three points';
  }
  const crossings = kinks(geometry as Polygon).features.length;
  if (crossings > 0)
    return 'The outline of the area crosses itself; draw it again without crossing';
  return null;
}

/** A circle drawn on the map, stored as an area so every place is a point or a polygon. */
export function circleArea(
  centre: Position,
  radiusMetres: number,
  space: CoordinateSpace,
): Geometry {
  if (space === 'image') {
    // Image pixels are flat: a plain 48-sided polygon around the centre.
    const ring: [number, number][] = [];
    for (let i = 0; i < 48; i++) {
      const t = (i / 48) * Math.PI * 2;
      ring.push([centre[0] + Math.cos(t) * radiusMetres, centre[1] + Math.sin(t) * radiusMetres]);
    }
    return { type: 'Polygon', coordinates: [closedRing(ring)] };
  }
  const c = circle([centre[0], centre[1]], radiusMetres / 1000, { steps: 48, units: 'kilometers' });
  return { type: 'Polygon', coordinates: c.geometry.coordinates as [number, number][][] };
}

/** The middle of a place's shape: where its label and its incidents sit. Average of the corners. */
export function middleOf(geometry: Geometry): [number, number] {
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]];
  const corners = cornersOf(geometry.coordinates[0] ?? []);
  if (corners.length === 0) return [0, 0];
  const sum = corners.reduce((s, p) => [s[0] + p[0], s[1] + p[1]], [0, 0]);
  return [sum[0] / corners.length, sum[1] / corners.length];
}

/** Moves a whole shape by an offset, as when a place is dragged. */
export function shiftGeometry(geometry: Geometry, d: Position): Geometry {
  const move = (p: Position): [number, number] => [p[0] + d[0], p[1] + d[1]];
  return geometry.type === 'Point'
    ? { type: 'Point', coordinates: move(geometry.coordinates) }
    : { type: 'Polygon', coordinates: geometry.coordinates.map((r) => r.map(move)) };
}

/** South-west and north-east corners around some positions, or null when there are none. */
export function boundsOf(points: readonly Position[]): [Position, Position] | null {
  if (points.length === 0) return null;
  let [minX, minY] = points[0]!;
  let [maxX, maxY] = points[0]!;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}

export function geometryPoints(geometry: Geometry): Position[] {
  return geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates.flat();
}
