import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import training from '../../fixtures/training-board.json';
import {
  alongLongestSegment,
  sketchLabels,
  sketchShapes,
  type SketchFeature,
} from '../../src/adapters/leaflet/basemaps/sketchSpecs';
import type { Position } from '../../src/domain/geo';
import { parseSketch } from '../../src/features/map/basemap/sketchData';

const sketch = parseSketch(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/harrowfield-sketch.geojson'), 'utf8'),
);

const street = (name: string, coordinates: Position[]): SketchFeature => ({
  kind: 'street',
  name,
  geometry: { type: 'LineString', coordinates },
});

function inside([x, y]: Position, ring: readonly Position[]): boolean {
  let yes = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) yes = !yes;
  }
  return yes;
}

const areaNamed = (name: string) => {
  const f = sketch.find((s) => s.name === name && s.geometry.type === 'Polygon');
  if (!f || f.geometry.type !== 'Polygon') throw new Error(`no area ${name}`);
  return f.geometry.coordinates[0]!;
};

describe('the Harrowfield sketch', () => {
  it('is valid GeoJSON of streets, areas and a river, all in the town', () => {
    expect(sketch.length).toBeGreaterThan(30);
    const kinds = new Set(sketch.map((f) => f.kind));
    for (const k of ['street', 'high-street', 'park', 'school', 'estate', 'river', 'building'])
      expect(kinds.has(k as SketchFeature['kind']), k).toBe(true);
    for (const f of sketch) {
      const points =
        f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const [lng, lat] of points) {
        expect(lng).toBeGreaterThan(-1.52);
        expect(lng).toBeLessThan(-1.49);
        expect(lat).toBeGreaterThan(53.39);
        expect(lat).toBeLessThan(53.41);
      }
    }
  });

  it('lines up with the training board: each place sits on its own part of the sketch', () => {
    const places = training.tables.places as {
      name: string;
      geometry: { type: string; coordinates: unknown } | null;
    }[];
    const point = (name: string) => {
      const g = places.find((p) => p.name === name)?.geometry;
      if (g?.type === 'Point') return g.coordinates as Position;
      const ring = (g?.coordinates as Position[][])[0]!;
      const corners = ring.slice(0, -1);
      return [
        corners.reduce((s, p) => s + p[0], 0) / corners.length,
        corners.reduce((s, p) => s + p[1], 0) / corners.length,
      ] as Position;
    };
    expect(inside(point('Kestrel Park'), areaNamed('Kestrel Park'))).toBe(true);
    expect(inside(point('Harrowfield Academy'), areaNamed('Harrowfield Academy'))).toBe(true);
    expect(inside(point('Tannery Court, block C stairwell'), areaNamed('Block C'))).toBe(true);
    expect(inside(point('Millbeck Youth Centre'), areaNamed('Millbeck Youth Centre'))).toBe(true);
    // The high street runs through the middle of the Brookside Parade place.
    const parade = sketch.find((f) => f.name === 'Brookside Parade' && f.kind === 'high-street');
    const middle = point('Brookside Parade');
    const nearest = Math.min(
      ...(parade!.geometry.coordinates as Position[]).map(
        ([x, y]) => Math.abs(y - middle[1]) + (Math.abs(x - middle[0]) > 0.004 ? 1 : 0),
      ),
    );
    expect(nearest).toBeLessThan(0.0005);
  });
});

describe('sketch shapes', () => {
  const shapes = sketchShapes(sketch);

  it('draws every feature, plus a white casing under each street', () => {
    const streets = sketch.filter((f) => f.kind.endsWith('street')).length;
    expect(shapes).toHaveLength(sketch.length + streets);
    const casings = shapes.filter((s) => s.stroke?.colour === '#ffffff' && s.fill === null);
    expect(casings).toHaveLength(streets);
  });

  it('draws areas first, then water and buildings, then all casings, then street lines', () => {
    const orders = shapes.map((s) => s.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const firstStreetLine = shapes.findIndex((s) => s.stroke?.colour === '#b9bdb5');
    const lastCasing = shapes.map((s) => s.stroke?.colour).lastIndexOf('#ffffff');
    const park = shapes.findIndex((s) => s.fill?.colour === '#cbe6bb');
    expect(park).toBeLessThan(lastCasing);
    expect(lastCasing).toBeLessThan(firstStreetLine);
  });

  it('fills areas green for the park and leaves streets unfilled', () => {
    const park = shapes.find((s) => s.fill?.colour === '#cbe6bb');
    expect(park?.geometry.type).toBe('Polygon');
    for (const s of shapes.filter((s) => s.geometry.type === 'LineString'))
      expect(s.fill).toBeNull();
  });
});

describe('sketch labels', () => {
  it('names every named street once, the parks and estates in their middles', () => {
    const labels = sketchLabels(sketch);
    const streets = sketch.filter((f) => f.kind.endsWith('street') && f.name);
    expect(
      labels
        .filter((l) => l.kind === 'street')
        .map((l) => l.text)
        .sort(),
    ).toEqual(streets.map((s) => s.name).sort());
    const park = labels.find((l) => l.text === 'Kestrel Park');
    expect(park).toMatchObject({ kind: 'area', angle: 0 });
    expect(inside(park!.at, areaNamed('Kestrel Park'))).toBe(true);
    // Unnamed housing gets no label.
    expect(labels.every((l) => l.text.length > 0)).toBe(true);
  });

  it('runs a name along its street and never upside down', () => {
    const east = alongLongestSegment([
      [0, 50],
      [0.01, 50],
    ]);
    expect(east).toEqual({ at: [0.005, 50], angle: 0 });
    // Drawn westwards, the name still reads left to right.
    expect(
      alongLongestSegment([
        [0.01, 50],
        [0, 50],
      ])?.angle,
    ).toBe(0);
    expect(
      Math.abs(
        alongLongestSegment([
          [0, 50],
          [0, 50.01],
        ])!.angle,
      ),
    ).toBe(90);
    // North-east at 45° on screen: equal distances once longitude is shrunk by cos(latitude).
    const k = Math.cos((50.005 * Math.PI) / 180);
    expect(
      alongLongestSegment([
        [0, 50],
        [0.01 / k, 50.01],
      ])?.angle,
    ).toBeCloseTo(-45, 0);
    for (const l of sketchLabels(sketch)) {
      expect(l.angle).toBeGreaterThan(-90);
      expect(l.angle).toBeLessThanOrEqual(90);
    }
  });

  it('puts the label on the longest stretch of a bent street', () => {
    const bent = street('Long Lane', [
      [0, 50],
      [0.001, 50],
      [0.001, 50.02],
    ]);
    const [label] = sketchLabels([bent]);
    expect(label?.at[0]).toBeCloseTo(0.001, 9);
    expect(label?.at[1]).toBeCloseTo(50.01, 9);
    expect(Math.abs(label!.angle)).toBe(90);
    expect(label?.minZoom).toBe(15);
  });
});
