import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../src/domain/formats/exportBoard';
import { writeGeojson } from '../../src/domain/formats/geojson';
import { rfc7946Geometry, round7 } from '../../src/domain/formats/geojsonGeometry';
import { FIXTURE_NOW, smallSource } from './exportHelpers';

interface Feature {
  type: string;
  id: string;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown>;
}

function written(options: { basemap?: 'image'; redacted?: boolean } = {}) {
  const data = prepareExport(
    smallSource({ basemap: options.basemap }),
    options.redacted ? { names: 'initials' } : null,
    FIXTURE_NOW,
  );
  const out = writeGeojson(data);
  const json = JSON.parse(out.text) as Record<string, unknown> & { features: Feature[] };
  return { ...out, json, byId: new Map(json.features.map((f) => [f.id, f])) };
}

/** Twice the signed area: positive when counter-clockwise. */
const area = (ring: number[][]) =>
  ring
    .slice(0, -1)
    .reduce((s, [x1, y1], i) => s + x1! * ring[i + 1]![1]! - ring[i + 1]![0]! * y1!, 0);

describe('GeoJSON export', () => {
  it('is an RFC 7946 FeatureCollection of places and incidents, without a crs', () => {
    const { json } = written();
    expect(json.type).toBe('FeatureCollection');
    expect(json).not.toHaveProperty('crs');
    expect(json.features.map((f) => `${String(f.properties.recordType)}:${f.id}`)).toEqual([
      'place:pl1',
      'place:pl2',
      'incident:i1',
      'incident:i2',
      'incident:i3',
    ]);
    for (const f of json.features) expect(f.type).toBe('Feature');
  });

  it('closes polygons, winds their outer ring counter-clockwise and rounds to 7 decimals', () => {
    const park = written().byId.get('pl1')!;
    expect(park.geometry!.type).toBe('Polygon');
    const [ring] = park.geometry!.coordinates as number[][][];
    expect(ring![0]).toEqual(ring![ring!.length - 1]);
    expect(area(ring!)).toBeGreaterThan(0);
    expect(ring).toContainEqual([-1.5072, 53.4031]);
    expect(ring).toContainEqual([-1.5031, 53.4036]);
    for (const [lng, lat] of ring!) {
      expect(String(lng).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(7);
      expect(String(lat).split('.')[1]?.length ?? 0).toBeLessThanOrEqual(7);
    }
    // Holes wind the other way; an open ring is closed.
    const holed = rfc7946Geometry({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [10, 0],
          [10, 10],
          [0, 10],
        ],
        [
          [2, 2],
          [4, 2],
          [4, 4],
          [2, 2],
        ],
      ],
    });
    const [outer, hole] = holed.coordinates as number[][][];
    expect(outer).toHaveLength(5);
    expect(area(outer!)).toBeGreaterThan(0);
    expect(area(hole!)).toBeLessThan(0);
    expect(round7(0.1 + 0.2)).toBe(0.3);
    expect(round7(-1.123456789)).toBe(-1.1234568);
  });

  it('puts an incident at its own point or its place’s middle, longitude first', () => {
    const { byId } = written();
    expect(byId.get('i3')!.geometry).toEqual({ type: 'Point', coordinates: [-1.4975, 53.4012] });
    const atPark = byId.get('i1')!;
    expect(atPark.geometry!.type).toBe('Point');
    const [lng, lat] = atPark.geometry!.coordinates as number[];
    expect(lng).toBeCloseTo(-1.5048, 3);
    expect(lat).toBeCloseTo(53.4021, 3);
    expect(atPark.properties).toMatchObject({
      occurredAt: '2026-11-01T21:30',
      harmKinds: ['cce', 'violence'],
      placeId: 'pl1',
      placeName: 'Kestrel Park',
      location: 'middle of its place',
      involved: [{ personId: 'p1', name: 'Jordan <b>Ade</b> & "Co" 🙂', role: 'harmed' }],
      notes: 'Jordan hurt',
    });
    // An online space and what happened there have no location: a null geometry (RFC 7946 §3.2).
    expect(byId.get('pl2')!.geometry).toBeNull();
    expect(byId.get('i2')!.geometry).toBeNull();
  });

  it('leaves out what was drawn on a floor plan, and says so in the file', () => {
    const { json, leftOut, note } = written();
    expect(leftOut).toBe(2);
    expect(note).toBe(
      'Left out: 1 place and 1 incident drawn on an image or floor plan: their positions are image pixels, not longitude and latitude.',
    );
    expect(json.description).toContain(note);
    expect(json.peersAndPlaces).toMatchObject({
      format: 'peers-and-places/geojson',
      version: 1,
      leftOut: { places: 1, incidents: 1, note },
    });
    // On an image basemap an incident's own point is in pixels too.
    const onPlan = written({ basemap: 'image' });
    expect(onPlan.byId.has('i3')).toBe(false);
    expect(onPlan.leftOut).toBe(3);
  });

  it('states the redaction, and holds no names or notes when redacted', () => {
    expect(written().json.description).toContain('Not redacted');
    const { json, text } = written({ redacted: true });
    expect(json.description).toContain('Redacted: people are named by initials');
    expect((json.peersAndPlaces as { redaction: string }).redaction).toMatch(/^Redacted/);
    for (const hidden of ['Jordan', 'Kayden', 'Unlit path', 'hurt'])
      expect(text).not.toContain(hidden);
  });
});
