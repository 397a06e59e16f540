import { formatDate } from '../../dates';
import type { AnyRecord } from '../../kinds';
import type { Incident } from '../../kinds/incident';
import type { Person } from '../../kinds/person';
import type { Place } from '../../kinds/place';
import { incidentRoles, labelOf } from '../../vocabulary';
import type { BoardIndex } from './boardIndex';
import type { BuiltRow } from './buildRows';
import { INVOLVED, showValue, targetOf, type ImportKind, type ImportTarget } from './targets';

/** The first rows as they will be stored, in the app's words and formats, for the user to check. */
export interface Preview {
  columns: readonly { key: string; label: string }[];
  rows: readonly { line: number; cells: readonly string[] }[];
}

export const PREVIEW_ROWS = 8;

const coordinates = ([lng, lat]: readonly [number, number]) =>
  `${lat.toFixed(5)}, ${lng.toFixed(5)}`;

/** "12 Mar 2026, 17:30" */
export const showDateTime = (at: string) => `${formatDate(at.slice(0, 10))}, ${at.slice(11, 16)}`;

type Column = { key: string; label: string; show: (r: AnyRecord) => string };

/** The targets that are plain fields of the kind, shown from the record. */
const fieldColumns = (mapped: readonly ImportTarget[], skip: readonly string[]): Column[] =>
  mapped
    .filter((t) => !skip.includes(t.key) && !t.key.startsWith(INVOLVED))
    .map((t) => ({
      key: t.key,
      label: t.label,
      show: (r) => showValue(t, (r as unknown as Record<string, unknown>)[t.key]),
    }));

export function previewOf(
  kind: ImportKind,
  mapped: readonly ImportTarget[],
  rows: readonly BuiltRow[],
  index: BoardIndex,
  newPeople: readonly Person[],
): Preview {
  const personName = new Map<string, string>([
    ...index.people.map((p) => [p.id, p.displayName] as const),
    ...newPeople.map((p) => [p.id, `${p.displayName} (new)`] as const),
  ]);
  const placeName = new Map(index.places.map((p) => [p.id, p.name]));
  const keys = new Set(mapped.map((t) => t.key));
  let columns: Column[];
  switch (kind) {
    case 'people':
      columns = fieldColumns(mapped, []);
      break;
    case 'associations':
      columns = [
        {
          key: 'from',
          label: 'From',
          show: (r) => personName.get((r as { fromId: string }).fromId) ?? '',
        },
        { key: 'to', label: 'To', show: (r) => personName.get((r as { toId: string }).toId) ?? '' },
        ...fieldColumns(mapped, ['from', 'to']),
      ];
      break;
    case 'places':
      columns = [
        ...fieldColumns(mapped, ['latitude', 'longitude']),
        {
          key: 'where',
          label: 'Where',
          show: (r) => {
            const g = (r as Place).geometry;
            if (g?.type === 'Point') return coordinates(g.coordinates);
            // A map file's area: where its outline starts, and how many corners it has.
            if (g?.type === 'Polygon')
              return `Area of ${(g.coordinates[0]?.length ?? 1) - 1} corners from ${coordinates(g.coordinates[0]![0]!)}`;
            return 'No location: listed, not drawn';
          },
        },
      ];
      break;
    case 'incidents':
      columns = [
        {
          key: 'occurredAt',
          label: 'Date and time',
          show: (r) => showDateTime((r as Incident).occurredAt),
        },
        {
          key: 'harmKinds',
          label: 'Kinds of harm',
          show: (r) => showValue(targetOf('incidents', 'harmKinds'), (r as Incident).harmKinds),
        },
        {
          key: 'where',
          label: 'Where',
          show: (r) => {
            const i = r as Incident;
            if (i.placeId) return placeName.get(i.placeId) ?? '';
            return i.point ? coordinates(i.point) : '';
          },
        },
        ...([...keys].some((k) => k.startsWith(INVOLVED))
          ? [
              {
                key: 'involved',
                label: 'People involved',
                show: (r: AnyRecord) =>
                  (r as Incident).involved
                    .map(
                      (i) =>
                        `${personName.get(i.personId) ?? ''} (${labelOf(incidentRoles, i.role).toLowerCase()})`,
                    )
                    .join(', '),
              },
            ]
          : []),
        ...fieldColumns(mapped, [
          'occurredAt',
          'time',
          'harmKinds',
          'place',
          'latitude',
          'longitude',
        ]),
      ];
      break;
  }
  return {
    columns: columns.map(({ key, label }) => ({ key, label })),
    rows: rows.slice(0, PREVIEW_ROWS).map((row) => ({
      line: row.line,
      cells: columns.map((c) => c.show(row.record)),
    })),
  };
}
