import { middleOf } from '../geo';
import { kinds, type TableRecords } from '../kinds';
import type { FieldDef } from '../kinds/fields';
import { describeTimeBands } from '../timeBands';
import {
  contextKeys,
  groupRoles,
  harmKinds,
  incidentRoles,
  labelOf,
  riskLevels,
} from '../vocabulary';
import type { PreparedExport } from './exportBoard';
import { round7 } from './geojsonGeometry';

import type { CsvKind } from './csvKinds';

export { csvKinds, type CsvKind } from './csvKinds';

/** A cell: text, or a number the app stores as a number (written as it is). */
export type Cell = string | number | null;

/** Names of the records a row points at, after redaction (so as the export shows them). */
export interface CsvContext {
  personName: (id: string) => string;
  groupName: (id: string) => string;
  placeName: (id: string) => string;
  groupsOf: (personId: string) => readonly { name: string; role: string }[];
  indicatorName: (key: string) => string;
}

/**
 * One column of a kind's CSV: its heading, the stored fields it holds (`covers`: a test holds
 * every stored field to some column, so a field added to a kind cannot silently go missing from
 * its CSV), and its cell for a record.
 */
export interface CsvColumn<R> {
  header: string;
  covers: readonly string[];
  cell: (record: R, context: CsvContext) => Cell;
}

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');
const list = (items: readonly string[]) => items.join('; ');

/**
 * A panel field as a column, headed with its label: a vocabulary value as its label ("Significant",
 * not "significant"), a list as the panel writes it, a date as stored (YYYY-MM-DD).
 */
function fieldColumn<R>(def: FieldDef): CsvColumn<R> {
  return {
    header: def.label,
    covers: [def.key],
    cell: (record) => {
      const value = (record as Record<string, unknown>)[def.key];
      if (value === null || value === undefined) return null;
      if (def.options && typeof value === 'string') return labelOf(def.options, value);
      if (def.format) return def.format(value);
      if (typeof value === 'number' || typeof value === 'string') return value;
      return JSON.stringify(value);
    },
  };
}

const fieldsOf = <R>(defs: readonly FieldDef[]) => defs.map((d) => fieldColumn<R>(d));

const idColumn = <R extends { id: string }>(): CsvColumn<R> => ({
  header: 'ID',
  covers: ['id', 'boardId'],
  cell: (r) => r.id,
});

const stampColumns = <R extends { createdAt: string; updatedAt: string }>(): CsvColumn<R>[] => [
  { header: 'Created', covers: ['createdAt'], cell: (r) => r.createdAt },
  { header: 'Last changed', covers: ['updatedAt'], cell: (r) => r.updatedAt },
];

type Person = TableRecords['people'];
type Association = TableRecords['associations'];
type Place = TableRecords['places'];
type Incident = TableRecords['incidents'];
type Action = TableRecords['actions'];

const contextColumns: CsvColumn<Person>[] = contextKeys.flatMap((c) => [
  {
    header: `${c.label}: concern`,
    covers: ['contexts'],
    cell: (p: Person) => labelOf(riskLevels, p.contexts[c.key].concern),
  },
  { header: `${c.label}: weight`, covers: [], cell: (p: Person) => p.contexts[c.key].weight },
  { header: `${c.label}: notes`, covers: [], cell: (p: Person) => p.contexts[c.key].notes },
]);

const peopleColumns: CsvColumn<Person>[] = [
  idColumn(),
  ...fieldsOf<Person>(kinds.people.fields),
  {
    header: 'Groups',
    covers: [],
    cell: (p, c) => list(c.groupsOf(p.id).map((g) => g.name)),
  },
  {
    header: 'Roles in groups',
    covers: [],
    cell: (p, c) => list(c.groupsOf(p.id).map((g) => `${g.name}: ${labelOf(groupRoles, g.role)}`)),
  },
  {
    header: 'Indicators',
    covers: ['indicators'],
    cell: (p, c) =>
      list(
        p.indicators.map(
          (i) => `${i.date} ${c.indicatorName(i.kind)}${i.note.trim() ? ` (${i.note})` : ''}`,
        ),
      ),
  },
  { header: 'Strengths', covers: ['strengths'], cell: (p) => list(p.strengths) },
  ...contextColumns,
  ...stampColumns(),
];

const associationColumns: CsvColumn<Association>[] = [
  idColumn(),
  { header: 'From', covers: [], cell: (a, c) => c.personName(a.fromId) },
  { header: 'From ID', covers: ['fromId'], cell: (a) => a.fromId },
  { header: 'To', covers: [], cell: (a, c) => c.personName(a.toId) },
  { header: 'To ID', covers: ['toId'], cell: (a) => a.toId },
  { header: 'One way (from → to)', covers: ['directed'], cell: (a) => yesNo(a.directed) },
  ...fieldsOf<Association>(kinds.associations.fields),
  ...stampColumns(),
];

/** Longitude and latitude of a place on the earth: its point, or the middle of its area. */
const placeAt = (p: Place, axis: 0 | 1): Cell =>
  p.geometry && p.coordinateSpace === 'geo' ? round7(middleOf(p.geometry)[axis]) : null;

const placeColumns: CsvColumn<Place>[] = [
  idColumn(),
  ...fieldsOf<Place>(kinds.places.fields),
  { header: 'Longitude', covers: [], cell: (p) => placeAt(p, 0) },
  { header: 'Latitude', covers: [], cell: (p) => placeAt(p, 1) },
  {
    header: 'Shape',
    covers: [],
    cell: (p) => (p.geometry ? (p.geometry.type === 'Point' ? 'Point' : 'Area') : 'No location'),
  },
  {
    header: 'Drawn on',
    covers: ['coordinateSpace'],
    cell: (p) => (p.coordinateSpace === 'image' ? 'Image or floor plan (pixels)' : 'Map'),
  },
  {
    header: 'Geometry (GeoJSON)',
    covers: ['geometry'],
    cell: (p) => (p.geometry ? JSON.stringify(p.geometry) : null),
  },
  {
    header: 'Times of concern',
    covers: ['timeBands'],
    cell: (p) => describeTimeBands(p.timeBands),
  },
  {
    header: 'Guardians',
    covers: ['guardians'],
    cell: (p) => list(p.guardians.map((g) => (g.role.trim() ? `${g.name} (${g.role})` : g.name))),
  },
  { header: 'Agencies', covers: ['agencies'], cell: (p) => list(p.agencies) },
  ...stampColumns(),
];

const incidentColumns: CsvColumn<Incident>[] = [
  idColumn(),
  {
    header: 'When',
    covers: ['occurredAt'],
    cell: (i) => i.occurredAt.replace('T', ' '),
  },
  {
    header: 'Kinds of harm',
    covers: ['harmKinds'],
    cell: (i) => list(i.harmKinds.map((k) => labelOf(harmKinds, k))),
  },
  {
    header: 'Place',
    covers: [],
    cell: (i, c) => (i.placeId === null ? null : c.placeName(i.placeId)),
  },
  { header: 'Place ID', covers: ['placeId'], cell: (i) => i.placeId },
  { header: 'Longitude', covers: ['point'], cell: (i) => (i.point ? round7(i.point[0]) : null) },
  { header: 'Latitude', covers: [], cell: (i) => (i.point ? round7(i.point[1]) : null) },
  {
    header: 'People involved',
    covers: ['involved'],
    cell: (i, c) =>
      list(
        i.involved.map((x) => `${c.personName(x.personId)} (${labelOf(incidentRoles, x.role)})`),
      ),
  },
  {
    header: 'People involved IDs',
    covers: [],
    cell: (i) => list(i.involved.map((x) => x.personId)),
  },
  ...fieldsOf<Incident>(kinds.incidents.fields),
  ...stampColumns(),
];

const targetWords: Record<Action['targetKind'], string> = {
  person: 'Person',
  group: 'Group',
  place: 'Place',
  board: 'Whole board',
};

const actionColumns: CsvColumn<Action>[] = [
  idColumn(),
  { header: 'Aimed at', covers: ['targetKind'], cell: (a) => targetWords[a.targetKind] },
  {
    header: 'Aimed at name',
    covers: [],
    cell: (a, c) => {
      if (a.targetKind === 'person') return c.personName(a.targetId);
      if (a.targetKind === 'group') return c.groupName(a.targetId);
      if (a.targetKind === 'place') return c.placeName(a.targetId);
      return null;
    },
  },
  { header: 'Aimed at ID', covers: ['targetId'], cell: (a) => a.targetId },
  ...fieldsOf<Action>(kinds.actions.fields),
  { header: 'Meeting ID', covers: ['meetingId'], cell: (a) => a.meetingId },
  ...stampColumns(),
];

/** Each exported kind's columns, in file order. */
export const csvColumns: { [K in CsvKind]: readonly CsvColumn<TableRecords[K]>[] } = {
  people: peopleColumns,
  associations: associationColumns,
  places: placeColumns,
  incidents: incidentColumns,
  actions: actionColumns,
};

/** Names of what rows point at, from the board as exported (so redacted names when redacted). */
export function csvContext(data: PreparedExport): CsvContext {
  const { people, groups, memberships, places } = data.tables;
  const byId = <R extends { id: string }>(rows: readonly R[], name: (r: R) => string) => {
    const map = new Map(rows.map((r) => [r.id, name(r)]));
    return (id: string) => map.get(id) ?? '(not on this board)';
  };
  const groupById = new Map(groups.map((g, i) => [g.id, { g, i }]));
  const groupsOf = new Map<string, { name: string; role: string; i: number }[]>();
  for (const m of memberships) {
    const found = groupById.get(m.groupId);
    if (!found) continue;
    const rows = groupsOf.get(m.personId) ?? [];
    rows.push({ name: found.g.name, role: m.role, i: found.i });
    groupsOf.set(m.personId, rows);
  }
  const indicators = new Map(data.board.indicatorKinds.map((k) => [k.key, k.label]));
  return {
    personName: byId(people, (p) => p.displayName),
    groupName: byId(groups, (g) => g.name),
    placeName: byId(places, (p) => p.name),
    groupsOf: (id) => [...(groupsOf.get(id) ?? [])].sort((a, b) => a.i - b.i),
    indicatorName: (key) => indicators.get(key) ?? key,
  };
}
