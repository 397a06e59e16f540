import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BoardIndex } from '../../src/domain/formats/csvImport/boardIndex';
import { buildRows } from '../../src/domain/formats/csvImport/buildRows';
import { guessMapping } from '../../src/domain/formats/csvImport/headers';
import { planImport } from '../../src/domain/formats/csvImport/importPlan';
import { describeProblemOf } from '../../src/domain/formats/csvImport/table';
import { importTargets } from '../../src/domain/formats/csvImport/targets';
import { guessValues } from '../../src/domain/formats/csvImport/values';
import { placeGeometryOf } from '../../src/domain/formats/geojsonImport/featureGeometry';
import { placeFeatures } from '../../src/domain/formats/geojsonImport/placeFeatures';
import {
  checkGeoJsonSize,
  GEOJSON_MAX_BYTES,
  readGeoJson,
} from '../../src/domain/formats/geojsonImport/readGeoJson';
import { FileRefused } from '../../src/domain/formats/networkImport/xmlFile';
import type { Place } from '../../src/domain/kinds/place';

const HOSTILE = 'tests/fixtures/hostile';
const hostile = (name: string) => readFileSync(join(HOSTILE, name), 'utf8');

const board: BoardIndex = {
  boardId: 'b1',
  people: [],
  places: [{ id: 'pl1', name: 'Market square', reference: '' }],
  incidents: [],
  associations: [],
};

/** A file read and built as the wizard does with the guessed mapping: the problems as shown. */
function imported(name: string, text: string, index = board) {
  const file = readGeoJson(name, text);
  const targets = importTargets.places;
  const mapping = guessMapping(file.table.columns, targets);
  const values = guessValues(file.table, mapping, targets);
  let n = 0;
  const rows = buildRows(
    file.table,
    { kind: 'places', mapping, values, index, addMissingPeople: false },
    { newId: () => `new-${++n}`, now: new Date('2026-11-20T12:00:00') },
  );
  const built = placeFeatures(file, rows, mapping, index);
  return {
    file,
    built,
    places: built.rows.map((r) => r.record as Place),
    problems: built.problems.map((p) => describeProblemOf(p, 'Feature')),
  };
}

function refusal(name: string, text = hostile(name)): string {
  try {
    readGeoJson(name, text);
  } catch (error) {
    expect(error).toBeInstanceOf(FileRefused);
    return (error as Error).message;
  }
  throw new Error(`${name} was read`);
}

describe('hostile GeoJSON files', () => {
  it('refuses a property named __proto__, naming the file and the feature', () => {
    expect(refusal('geojson-proto.geojson')).toBe(
      'geojson-proto.geojson: feature 2, “properties”: a property is named “__proto__”, which is not allowed',
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(refusal('x.geojson', '{"type":"Feature","constructor":{},"properties":{}}')).toMatch(
      /^x\.geojson: the top of the file: a property is named “constructor”/,
    );
  });

  it('refuses JSON that is not GeoJSON, saying what it is', () => {
    expect(refusal('geojson-not-geojson.geojson')).toBe(
      'geojson-not-geojson.geojson: the top of the file: this is JSON, but not GeoJSON: it has no “type” of FeatureCollection or Feature',
    );
    expect(refusal('p.geojson', '{"type":"Point","coordinates":[0,0]}')).toMatch(
      /p\.geojson: the top of the file: this is a GeoJSON “Point”, not a FeatureCollection or a Feature/,
    );
    expect(refusal('l.json', '[1,2]')).toMatch(/a list, not GeoJSON/);
  });

  it('refuses a file cut short, naming the line', () => {
    expect(refusal('geojson-truncated.geojson')).toMatch(
      /^geojson-truncated\.geojson: (line 3: )?the JSON stops before it is complete: the file may be cut short$/,
    );
    expect(refusal('bad.geojson', '{\n"type": "FeatureCollection",\n"features": [x]}')).toMatch(
      /^bad\.geojson: (line 3: )?the file is not valid JSON \(Unexpected token 'x'/,
    );
  });

  it('refuses a file over the size limit before it is read, naming the limit', () => {
    expect(() => checkGeoJsonSize('big.geojson', GEOJSON_MAX_BYTES + 1)).toThrow(
      'big.geojson: the file is 50 MB; map files of up to 50 MB can be imported, so it was not read',
    );
    expect(() => checkGeoJsonSize('ok.geojson', GEOJSON_MAX_BYTES)).not.toThrow();
  });

  it('lists out-of-range coordinates by feature, and imports the rest', () => {
    const { places, problems } = imported(
      'geojson-out-of-range.geojson',
      hostile('geojson-out-of-range.geojson'),
    );
    expect(places.map((p) => [p.name, p.kind])).toEqual([['Canal towpath bench', 'park']]);
    expect(problems).toEqual([
      'Feature 2: its geometry: Longitude 200 is outside -180 to 180',
      'Feature 3: its geometry: Latitude 95 is outside -90 to 90',
    ]);
  });

  it('lists a self-crossing area', () => {
    const { places, problems } = imported(
      'geojson-self-crossing.geojson',
      hostile('geojson-self-crossing.geojson'),
    );
    expect(places).toEqual([]);
    expect(problems).toEqual([
      'Feature 1: its geometry: The outline of the area crosses itself; draw it again without crossing',
    ]);
  });

  it('lists lines and unknown geometry types', () => {
    const { places, problems } = imported(
      'geojson-unknown-geometry.geojson',
      hostile('geojson-unknown-geometry.geojson'),
    );
    expect(places.map((p) => p.name)).toEqual(['Harrowfield Leisure Centre']);
    expect(problems).toEqual([
      'Feature 2: a place is a point or an area; “LineString” is not',
      'Feature 3: a place is a point or an area; “Circle” is not',
    ]);
  });
});

describe('feature geometry as a place’s', () => {
  it('keeps points and areas, drops a height, closes an open ring, and takes a one-part MultiPolygon', () => {
    expect(placeGeometryOf({ type: 'Point', coordinates: [-1.5, 53.4, 120] })).toEqual({
      geometry: { type: 'Point', coordinates: [-1.5, 53.4] },
    });
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
    ];
    const closed = [[...ring, [0, 0]]];
    expect(placeGeometryOf({ type: 'Polygon', coordinates: [ring] })).toEqual({
      geometry: { type: 'Polygon', coordinates: closed },
    });
    expect(placeGeometryOf({ type: 'MultiPolygon', coordinates: [closed] })).toEqual({
      geometry: { type: 'Polygon', coordinates: closed },
    });
    expect(placeGeometryOf({ type: 'MultiPolygon', coordinates: [closed, closed] })).toEqual({
      problem: expect.stringMatching(/this MultiPolygon has 2 parts/) as string,
    });
    expect(placeGeometryOf(null)).toEqual({ geometry: null });
    expect(placeGeometryOf({ type: 'Point', coordinates: ['a', 1] })).toEqual({
      problem: 'the Point’s coordinates are not a longitude and a latitude',
    });
    expect(placeGeometryOf({ type: 'MultiPoint', coordinates: [] })).toEqual({
      problem: 'a place is a point or an area; “MultiPoint” is not',
    });
  });

  it('lays each feature’s geometry over its place; incidents and features without geometry as our export writes them', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-1.51, 53.4] },
          properties: {
            recordType: 'place',
            name: 'Youth club',
            kind: 'other',
            riskLevel: 'moderate',
          },
        },
        {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [-1.51, 53.4] },
          properties: { recordType: 'incident', occurredAt: '2026-01-02T10:00' },
        },
        {
          type: 'Feature',
          geometry: null,
          properties: {
            recordType: 'place',
            name: 'Group chat',
            kind: 'online',
            agencies: ['Police'],
            timeBands: [{ days: ['fri'], from: '22:00', to: '02:00' }],
          },
        },
        {
          type: 'Feature',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-1.5, 53.4],
                [-1.49, 53.4],
                [-1.49, 53.41],
                [-1.5, 53.4],
              ],
            ],
          },
          properties: { recordType: 'place', name: 'Market square', kind: 'high-street' },
        },
      ],
    });
    const { file, built, places, problems } = imported('ours.geojson', text);
    expect(file.incidentsLeftOut).toBe(1);
    expect(file.featureCount).toBe(4);
    expect(file.table.rows.map((r) => r.line)).toEqual([1, 3, 4]);
    expect(problems).toEqual([]);
    expect(
      places.map((p) => [p.name, p.kind, p.geometry?.type ?? null, p.coordinateSpace]),
    ).toEqual([
      ['Youth club', 'other', 'Point', 'geo'],
      ['Group chat', 'online', null, 'geo'],
      ['Market square', 'high-street', 'Polygon', 'geo'],
    ]);
    expect(places[0]!.riskLevel).toBe('moderate');
    expect(places[1]!.agencies).toEqual(['Police']);
    expect(places[1]!.timeBands).toEqual([{ days: ['fri'], from: '22:00', to: '02:00' }]);
    expect(built.shapes).toEqual({ points: 1, areas: 1, noLocation: 1 });
    // The market square is on the board already: a likely duplicate, merged with its area.
    expect(built.duplicates).toEqual([{ line: 4, existingId: 'pl1', reason: 'same name' }]);
    const plan = planImport(built, new Map([[4, 'merge']]), []);
    expect(plan.creates.map((c) => c.table)).toEqual(['places', 'places']);
    expect(plan.merges[0]!.patch.geometry).toEqual(places[2]!.geometry);
  });
});
