import { addDays, todayString } from '../domain/dates';
import { newIncident } from '../domain/kinds/incident';
import { newPlace } from '../domain/kinds/place';
import { newPlaceLink } from '../domain/kinds/placeLink';
import type { Geometry } from '../domain/records/geometry';
import type { AnyRecord, TableName } from '../domain/kinds';
import { harmKinds, incidentRoles, placeKinds, riskLevels } from '../domain/vocabulary';

/** How many places and incidents a generated board has on its map. */
export interface MapSeed {
  places: number;
  incidents: number;
}

/** Around the fictional town of the training board (lng -1.50, lat 53.40). */
const CENTRE: readonly [number, number] = [-1.5, 53.4];
const SPREAD: readonly [number, number] = [0.045, 0.027];

const STREETS = ['Mill', 'Kestrel', 'Tannery', 'Brook', 'Station', 'Chapel', 'Forge', 'Orchard'];
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * Places and incidents for a benchmark board, deterministic for a seed: points and small areas
 * around the training town, incidents over the last year, a few places far busier than the rest
 * (as hotspots are), some incidents at points of their own, and each person linked to a place.
 * `rand` is the seeded generator of the board, so the same seed gives the same records.
 */
export function generateMapRecords(
  rand: () => number,
  boardId: string,
  people: number,
  { places, incidents }: MapSeed,
): { table: TableName; record: AnyRecord }[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const records: { table: TableName; record: AnyRecord }[] = [];
  const middles: [number, number][] = [];
  const kinds = placeKinds.filter((k) => k.key !== 'online');
  for (let i = 0; i < places; i++) {
    const at: [number, number] = [
      round(CENTRE[0] + (rand() * 2 - 1) * SPREAD[0]),
      round(CENTRE[1] + (rand() * 2 - 1) * SPREAD[1]),
    ];
    middles.push(at);
    const w = 0.0003 + rand() * 0.0008;
    const h = 0.0002 + rand() * 0.0005;
    const geometry: Geometry =
      rand() < 0.7
        ? { type: 'Point', coordinates: at }
        : {
            type: 'Polygon',
            coordinates: [
              [
                [round(at[0] - w), round(at[1] - h)],
                [round(at[0] + w), round(at[1] - h)],
                [round(at[0] + w), round(at[1] + h)],
                [round(at[0] - w), round(at[1] + h)],
                [round(at[0] - w), round(at[1] - h)],
              ],
            ],
          };
    records.push({
      table: 'places',
      record: newPlace(`${boardId}-pl${i}`, boardId, {
        name: `${pick(STREETS)} ${pick(kinds).label} ${i}`,
        kind: pick(kinds).key,
        geometry,
        riskLevel: pick(riskLevels).key,
      }),
    });
  }
  const today = todayString();
  for (let i = 0; i < incidents && places > 0; i++) {
    // Squaring skews towards the first places: a few hotspots and a long tail.
    const place = Math.floor(rand() * rand() * places);
    const ownPoint = rand() < 0.2;
    const near = middles[place]!;
    const kindsOf = new Set([pick(harmKinds).key]);
    if (rand() < 0.3) kindsOf.add(pick(harmKinds).key);
    const involved = new Map<string, (typeof incidentRoles)[number]['key']>();
    const count = people > 0 ? Math.floor(rand() * 3) : 0;
    for (let k = 0; k < count; k++)
      involved.set(`${boardId}-p${Math.floor(rand() * people)}`, pick(incidentRoles).key);
    const day = addDays(today, -1 - Math.floor(rand() * 365));
    const time = `${String(Math.floor(rand() * 24)).padStart(2, '0')}:${String(Math.floor(rand() * 60)).padStart(2, '0')}`;
    records.push({
      table: 'incidents',
      record: newIncident(`${boardId}-i${i}`, boardId, {
        occurredAt: `${day}T${time}`,
        harmKinds: [...kindsOf],
        placeId: ownPoint ? null : `${boardId}-pl${place}`,
        point: ownPoint
          ? [round(near[0] + (rand() - 0.5) * 0.004), round(near[1] + (rand() - 0.5) * 0.0025)]
          : null,
        involved: [...involved].map(([personId, role]) => ({ personId, role })),
        source: 'Benchmark',
      }),
    });
  }
  for (let p = 0; p < people && places > 0; p++) {
    records.push({
      table: 'placeLinks',
      record: newPlaceLink(`${boardId}-pk${p}`, boardId, {
        placeId: `${boardId}-pl${Math.floor(rand() * places)}`,
        subjectKind: 'person',
        subjectId: `${boardId}-p${p}`,
        kind: 'frequents',
      }),
    });
  }
  return records;
}
