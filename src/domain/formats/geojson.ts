import { middleOf } from '../geo';
import { kinds } from '../kinds';
import type { Incident } from '../kinds/incident';
import type { Place } from '../kinds/place';
import { coordinateProblem, type Geometry } from '../records/geometry';
import type { PreparedExport } from './exportBoard';
import { rfc7946Geometry } from './geojsonGeometry';

/** The GeoJSON export's own format version; raise it when what the files hold changes. */
export const GEOJSON_FORMAT_VERSION = 1;

type Properties = Record<string, unknown>;

interface Feature {
  type: 'Feature';
  id: string;
  geometry: Geometry | null;
  properties: Properties;
}

/** The stored fields as properties, the kind's panel fields first; `leave` are written elsewhere. */
function propertiesOf(record: object, keys: readonly string[], leave: ReadonlySet<string>) {
  const values = record as Record<string, unknown>;
  const out: Properties = {};
  for (const key of new Set([...keys, ...Object.keys(values)]))
    if (!leave.has(key) && Object.hasOwn(values, key)) out[key] = values[key];
  return out;
}

const leavePlace: ReadonlySet<string> = new Set(['id', 'boardId', 'geometry', 'coordinateSpace']);
const leaveIncident: ReadonlySet<string> = new Set([
  'id',
  'boardId',
  'point',
  'involved',
  'occurredAt',
  'harmKinds',
  'placeId',
]);

/**
 * Where an incident is, as the map draws it: the middle of its place, else its own point. Null
 * when it has no place on a map (an online space); `pixels` when it was put on an image basemap.
 */
function incidentAt(
  incident: Incident,
  places: ReadonlyMap<string, Place>,
  pointsArePixels: boolean,
): { geometry: Geometry | null; location: string } | 'pixels' {
  const place = incident.placeId === null ? undefined : places.get(incident.placeId);
  if (place) {
    if (!place.geometry) return { geometry: null, location: 'place without a location' };
    if (place.coordinateSpace === 'image') return 'pixels';
    return {
      geometry: { type: 'Point', coordinates: middleOf(place.geometry) },
      location: 'middle of its place',
    };
  }
  if (!incident.point) return { geometry: null, location: 'no location' };
  if (pointsArePixels || coordinateProblem(incident.point, 'geo')) return 'pixels';
  return { geometry: { type: 'Point', coordinates: incident.point }, location: 'its own point' };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Places and incidents as an RFC 7946 FeatureCollection: longitude, latitude (WGS 84, so no `crs`
 * member), at most 7 decimals, polygons closed with the outer ring counter-clockwise. Each feature
 * carries `recordType` (`place` or `incident`) and its stored fields; a place or incident with no
 * location (an online space) has a null geometry, as RFC 7946 §3.2 allows. Places drawn on an
 * image or floor plan are in image pixels, not on the earth: they are left out, and the file says
 * so, in `description` (which GDAL shows as the layer's DESCRIPTION) and in `peersAndPlaces`.
 */
export function writeGeojson(data: PreparedExport): {
  text: string;
  leftOut: number;
  note: string;
} {
  const { places, incidents, people } = data.tables;
  const placeById = new Map(places.map((p) => [p.id, p]));
  const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
  const pointsArePixels = data.board.basemap.kind === 'image';
  const features: Feature[] = [];
  let placesLeftOut = 0;
  let incidentsLeftOut = 0;

  for (const place of places) {
    if (place.geometry && place.coordinateSpace === 'image') {
      placesLeftOut++;
      continue;
    }
    features.push({
      type: 'Feature',
      id: place.id,
      geometry: place.geometry && rfc7946Geometry(place.geometry),
      properties: {
        recordType: 'place',
        id: place.id,
        ...propertiesOf(
          place,
          kinds.places.fields.map((f) => f.key),
          leavePlace,
        ),
      },
    });
  }
  for (const incident of incidents) {
    const at = incidentAt(incident, placeById, pointsArePixels);
    if (at === 'pixels') {
      incidentsLeftOut++;
      continue;
    }
    const place = incident.placeId === null ? undefined : placeById.get(incident.placeId);
    features.push({
      type: 'Feature',
      id: incident.id,
      geometry: at.geometry && rfc7946Geometry(at.geometry),
      properties: {
        recordType: 'incident',
        id: incident.id,
        occurredAt: incident.occurredAt,
        harmKinds: incident.harmKinds,
        location: at.location,
        placeId: incident.placeId,
        placeName: place?.name ?? null,
        involved: incident.involved.map((i) => ({
          personId: i.personId,
          name: nameOf.get(i.personId) ?? null,
          role: i.role,
        })),
        ...propertiesOf(
          incident,
          kinds.incidents.fields.map((f) => f.key),
          leaveIncident,
        ),
      },
    });
  }

  const leftOut = placesLeftOut + incidentsLeftOut;
  const note =
    leftOut === 0
      ? ''
      : `Left out: ${[
          placesLeftOut > 0 ? plural(placesLeftOut, 'place', 'places') : '',
          incidentsLeftOut > 0 ? plural(incidentsLeftOut, 'incident', 'incidents') : '',
        ]
          .filter(Boolean)
          .join(
            ' and ',
          )} drawn on an image or floor plan: their positions are image pixels, not longitude and latitude.`;
  const { title, classification } = data.board;
  const head = {
    type: 'FeatureCollection',
    name: title,
    description: [
      `${title} · ${classification} · exported ${data.exportedAt}.`,
      data.statement,
      note,
    ]
      .filter(Boolean)
      .join(' '),
    peersAndPlaces: {
      format: 'peers-and-places/geojson',
      version: GEOJSON_FORMAT_VERSION,
      title,
      marking: classification,
      exportedAt: data.exportedAt,
      redaction: data.statement,
      leftOut: { places: placesLeftOut, incidents: incidentsLeftOut, note },
    },
  };
  // One feature a line: small, and still readable and diffable as text.
  const opening = JSON.stringify(head).slice(0, -1);
  const lines = features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `${opening},"features":[\n${lines}\n]}\n`;
  return { text, leftOut, note };
}
