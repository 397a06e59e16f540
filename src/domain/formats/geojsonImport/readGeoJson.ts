import type { ImportColumn, ImportTable } from '../csvImport/table';
import { FileRefused, lineAt, type FileProblem } from '../networkImport/xmlFile';
import { placeGeometryOf, type FeatureGeometry } from './featureGeometry';

/**
 * Reading a GeoJSON file someone chose (QGIS, uMap, GDAL, or this app's own export) into the
 * CSV import's neutral table: a row per feature, a column per property, so the same mapping,
 * value, preview and duplicate steps serve it. Each feature's geometry is kept aside and laid
 * over the place once its row has been read (placeFeatures.ts).
 */

/** Larger files are refused before they are read: a town's places are a few megabytes. */
export const GEOJSON_MAX_BYTES = 50 * 1024 * 1024;
/** A board's places are hundreds; a file with more than this is not a board's places. */
export const MAX_FEATURES = 50_000;

/** Keys that would reach an object's prototype if a property were copied by name. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Properties that are the file format's own (our export's record type and stamps), not a field's. */
const formatOnly = new Set(['recordType', 'createdAt', 'updatedAt']);

/**
 * Properties our own export writes that no single column target can read (lists of time bands,
 * guardians and agencies): laid over the place as they are, and checked with the rest of it.
 */
export const AS_EXPORTED = ['timeBands', 'guardians', 'agencies'] as const;

export interface GeoJsonFeature {
  /** The feature's number in the file (1 is the first): its row's line, for messages. */
  line: number;
  geometry: FeatureGeometry;
  /** The properties our export writes as lists, as the file has them. */
  asExported: Readonly<Record<string, unknown>>;
}

export interface GeoJsonFile {
  /** The place features as rows (incident features are left out). */
  table: ImportTable;
  /** One per row of the table, in the same order. */
  features: GeoJsonFeature[];
  /** Features in the file altogether. */
  featureCount: number;
  /** Features our export marks as incidents: left out (incidents come in by CSV). */
  incidentsLeftOut: number;
  /** Which of AS_EXPORTED some feature carries. */
  asExported: string[];
}

/** The file is refused before it is read when it is larger than the limit, naming the limit. */
export function checkGeoJsonSize(fileName: string, bytes: number): void {
  if (bytes <= GEOJSON_MAX_BYTES) return;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  throw new FileRefused(fileName, [
    {
      where: '',
      what: `the file is ${mb(bytes)}; map files of up to ${mb(GEOJSON_MAX_BYTES)} can be imported, so it was not read`,
    },
  ]);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a value sits, in words a person can find in the file. */
function whereOf(path: readonly (string | number)[], featuresAt: string | null): string {
  if (path.length === 0) return 'the top of the file';
  const [first, second, ...rest] = path;
  if (first === featuresAt && typeof second === 'number')
    return `feature ${second + 1}${rest.length ? `, “${rest.join('.')}”` : ''}`;
  return `“${path.join('.')}”`;
}

/**
 * The first object in the parsed file that the reviver marked (it had a key like `__proto__`),
 * with its path. JSON.parse makes such keys plain own properties, so nothing is polluted; they
 * are refused all the same, as a property by that name is made to attack whatever copies it.
 */
function findMarked(
  value: unknown,
  marked: WeakSet<object>,
  path: (string | number)[],
): { path: (string | number)[]; key: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  if (marked.has(value)) {
    const key = Object.keys(value).find((k) => UNSAFE_KEYS.has(k)) ?? '__proto__';
    return { path, key };
  }
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value);
  for (const [k, v] of entries) {
    const hit = findMarked(v, marked, [...path, k]);
    if (hit) return hit;
  }
  return null;
}

function parseJson(fileName: string, text: string): unknown {
  const marked = new WeakSet<object>();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, function (this: object, key: string, value: unknown) {
      if (UNSAFE_KEYS.has(key)) marked.add(this);
      return value;
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8: "Unexpected end of JSON input", or "... in JSON at position 812 (line 20 column 3)".
    const at = /position (\d+)/.exec(message);
    const where = at ? `line ${lineAt(text, Number(at[1]))}` : '';
    const cut =
      /end of JSON input|Unterminated/i.test(message) ||
      (at !== null && Number(at[1]) >= text.trimEnd().length);
    throw new FileRefused(fileName, [
      {
        where,
        what: cut
          ? 'the JSON stops before it is complete: the file may be cut short'
          : `the file is not valid JSON (${message.replace(/^SyntaxError: /, '')})`,
      },
    ]);
  }
  const hit = findMarked(parsed, marked, []);
  if (hit) {
    throw new FileRefused(fileName, [
      {
        where: whereOf(hit.path, 'features'),
        what: `a property is named “${hit.key}”, which is not allowed`,
      },
    ]);
  }
  return parsed;
}

/** The features of a FeatureCollection or a single Feature, or a refusal saying what the JSON is. */
function featuresOf(fileName: string, json: unknown): unknown[] {
  const refuse = (what: string): never => {
    throw new FileRefused(fileName, [{ where: 'the top of the file', what }]);
  };
  if (Array.isArray(json))
    return refuse('this is JSON, but a list, not GeoJSON (a FeatureCollection)');
  if (!isObject(json)) return refuse(`this is JSON, but a single ${typeof json}, not GeoJSON`);
  const type = json.type;
  if (type === 'Feature') return [json];
  if (type === 'FeatureCollection') {
    if (!Array.isArray(json.features))
      return refuse('the FeatureCollection has no list of “features”');
    if (json.features.length > MAX_FEATURES)
      return refuse(
        `the file has ${json.features.length.toLocaleString('en-GB')} features; at most ${MAX_FEATURES.toLocaleString('en-GB')} can be imported`,
      );
    return json.features as unknown[];
  }
  if (typeof type === 'string')
    return refuse(
      `this is a GeoJSON “${type.slice(0, 40)}”, not a FeatureCollection or a Feature: only features become places`,
    );
  return refuse('this is JSON, but not GeoJSON: it has no “type” of FeatureCollection or Feature');
}

/** A property's value as cell text: objects and lists as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Reads a GeoJSON file's text, or throws `FileRefused` saying what is wrong and where. */
export function readGeoJson(fileName: string, text: string): GeoJsonFile {
  checkGeoJsonSize(fileName, text.length);
  const features = featuresOf(fileName, parseJson(fileName, text.replace(/^\uFEFF/, '')));
  const problems: FileProblem[] = [];
  const kept: { line: number; properties: Record<string, unknown>; geometry: FeatureGeometry }[] =
    [];
  let incidentsLeftOut = 0;
  const names: string[] = [];
  const seen = new Set<string>();
  const asExported = new Set<string>();
  features.forEach((feature, i) => {
    const line = i + 1;
    if (!isObject(feature) || feature.type !== 'Feature') {
      problems.push({ where: `feature ${line}`, what: 'it is not a GeoJSON Feature' });
      return;
    }
    const properties = isObject(feature.properties) ? feature.properties : {};
    if (properties.recordType === 'incident') {
      incidentsLeftOut++;
      return;
    }
    for (const name of Object.keys(properties)) {
      if (AS_EXPORTED.includes(name as never)) asExported.add(name);
      else if (!formatOnly.has(name) && !seen.has(name)) {
        seen.add(name);
        names.push(name);
      }
    }
    kept.push({ line, properties, geometry: placeGeometryOf(feature.geometry) });
  });
  if (problems.length > 0) throw new FileRefused(fileName, problems.slice(0, 10));
  const columns: ImportColumn[] = names.map((header, index) => ({ index, header }));
  return {
    table: {
      source: fileName,
      columns,
      rows: kept.map((f) => ({
        line: f.line,
        cells: names.map((n) => (Object.hasOwn(f.properties, n) ? cellText(f.properties[n]) : '')),
      })),
      problems: [],
    },
    features: kept.map((f) => ({
      line: f.line,
      geometry: f.geometry,
      asExported: Object.fromEntries(
        AS_EXPORTED.filter((k) => Object.hasOwn(f.properties, k)).map((k) => [k, f.properties[k]]),
      ),
    })),
    featureCount: features.length,
    incidentsLeftOut,
    asExported: [...asExported],
  };
}
