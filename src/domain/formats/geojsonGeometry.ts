import type { Position } from '../geo';
import type { Geometry } from '../records/geometry';

/** RFC 7946 §11.2: about 1 cm at the equator is as precise as a position needs to be. */
const DECIMALS = 7;
const SCALE = 10 ** DECIMALS;

/** A coordinate to at most 7 decimals (dividing an integer by 10^7 prints as that decimal). */
export const round7 = (n: number): number => Math.round(n * SCALE) / SCALE;

const roundPosition = ([x, y]: Position): [number, number] => [round7(x), round7(y)];

/** Twice the signed area of a ring, positive when it runs counter-clockwise (shoelace). */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

function closed(ring: [number, number][]): [number, number][] {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([...first]);
  return ring;
}

/**
 * A ring rounded, closed (first position repeated at the end) and wound as RFC 7946 §3.1.6 asks:
 * an outer ring counter-clockwise, a hole clockwise.
 */
function wound(ring: readonly Position[], outer: boolean): [number, number][] {
  const out = closed(ring.map(roundPosition));
  const ccw = signedArea(out) > 0;
  return ccw === outer ? out : out.reverse();
}

/** A stored place or incident geometry as RFC 7946 writes it (longitude, latitude). */
export function rfc7946Geometry(geometry: Geometry): Geometry {
  if (geometry.type === 'Point')
    return { type: 'Point', coordinates: roundPosition(geometry.coordinates) };
  return {
    type: 'Polygon',
    coordinates: geometry.coordinates.map((ring, i) => wound(ring, i === 0)),
  };
}
