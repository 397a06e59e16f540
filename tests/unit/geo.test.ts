import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  circleArea,
  closedRing,
  geometryProblem,
  middleOf,
  shiftGeometry,
} from '../../src/domain/geo';
import type { Geometry } from '../../src/domain/records/geometry';

const area = (...corners: [number, number][]): Geometry => ({
  type: 'Polygon',
  coordinates: [closedRing(corners)],
});

describe('place geometry', () => {
  it('accepts a point and a simple area in range', () => {
    expect(geometryProblem({ type: 'Point', coordinates: [-1.5, 53.4] }, 'geo')).toBeNull();
    expect(geometryProblem(area([0, 0], [1, 0], [1, 1], [0, 1]), 'geo')).toBeNull();
  });

  it('refuses coordinates out of range, naming the one that is wrong', () => {
    expect(geometryProblem({ type: 'Point', coordinates: [-1.5, 93] }, 'geo')).toBe(
      'Latitude 93 is outside -90 to 90',
    );
    expect(geometryProblem(area([0, 0], [181, 0], [1, 1]), 'geo')).toBe(
      'Longitude 181 is outside -180 to 180',
    );
    expect(geometryProblem({ type: 'Point', coordinates: [Number.NaN, 1] }, 'geo')).toBe(
      'A coordinate is not a number',
    );
  });

  it('lets image pixels go beyond the range of longitude and latitude', () => {
    expect(geometryProblem({ type: 'Point', coordinates: [2400, 1800] }, 'image')).toBeNull();
  });

  it('refuses an area with fewer than three corners, even with repeated corners', () => {
    expect(geometryProblem(area([0, 0], [1, 1]), 'geo')).toBe(
      'An area needs at least three points',
    );
    expect(geometryProblem(area([0, 0], [1, 1], [1, 1], [0, 0]), 'geo')).toBe(
      'An area needs at least three points',
    );
  });

  it('refuses an outline that crosses itself (a bow tie has no clear inside)', () => {
    expect(geometryProblem(area([0, 0], [1, 1], [1, 0], [0, 1]), 'geo')).toMatch(/crosses itself/);
  });

  it('stores a circle as a closed area around its centre at the given radius', () => {
    const c = circleArea([-1.5, 53.4], 100, 'geo');
    expect(c.type).toBe('Polygon');
    const ring = c.type === 'Polygon' ? c.coordinates[0]! : [];
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring.length).toBeGreaterThan(40);
    // 100 m north is about 0.0009 degrees of latitude.
    const north = Math.max(...ring.map((p) => p[1]));
    expect(north - 53.4).toBeCloseTo(0.0009, 4);
    expect(geometryProblem(c, 'geo')).toBeNull();
    const flat = circleArea([100, 100], 50, 'image');
    expect(flat.type === 'Polygon' && Math.max(...flat.coordinates[0]!.map((p) => p[0]))).toBe(150);
  });

  it('finds the middle of an area from its corners, not counting the closing corner twice', () => {
    expect(middleOf(area([0, 0], [2, 0], [2, 2], [0, 2]))).toEqual([1, 1]);
    expect(middleOf({ type: 'Point', coordinates: [3, 4] })).toEqual([3, 4]);
  });

  it('moves a whole shape by an offset', () => {
    expect(shiftGeometry(area([0, 0], [1, 0], [0, 1]), [1, 2])).toEqual(
      area([1, 2], [2, 2], [1, 3]),
    );
  });

  it('gives the bounds of some positions', () => {
    expect(boundsOf([])).toBeNull();
    expect(
      boundsOf([
        [1, 5],
        [-2, 3],
        [4, 0],
      ]),
    ).toEqual([
      [-2, 0],
      [4, 5],
    ]);
  });
});
