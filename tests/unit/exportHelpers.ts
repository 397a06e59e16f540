import { buildTrainingBoard } from '../../src/features/boards/trainingBoard';
import type { ExportSource, ExportTables } from '../../src/domain/formats/exportBoard';
import type { AnyRecord, TableName } from '../../src/domain/kinds';
import { newAction } from '../../src/domain/kinds/action';
import { newAssociation } from '../../src/domain/kinds/association';
import { newBoard } from '../../src/domain/kinds/board';
import { newGroup } from '../../src/domain/kinds/group';
import { newIncident } from '../../src/domain/kinds/incident';
import { newMembership } from '../../src/domain/kinds/membership';
import { newPerson } from '../../src/domain/kinds/person';
import { newPlace } from '../../src/domain/kinds/place';
import { newPosition } from '../../src/domain/kinds/position';

/** The day the saved sample exports (fixtures/exports) were made, and the training board's. */
export const FIXTURE_DAY = '2026-12-06';
export const FIXTURE_NOW = new Date('2026-12-06T10:00:00.000Z');

const emptyTables = (): { [K in keyof ExportTables]: AnyRecord[] } => ({
  people: [],
  groups: [],
  memberships: [],
  associations: [],
  places: [],
  placeLinks: [],
  incidents: [],
  actions: [],
  positions: [],
});

/** Records of a board, table by table, as an export reads them. */
export function exportSource(
  board: ExportSource['board'],
  records: readonly { table: TableName; record: AnyRecord }[],
): ExportSource {
  const tables = emptyTables();
  for (const { table, record } of records)
    if (Object.hasOwn(tables, table)) tables[table as keyof ExportTables].push(record);
  return { board, tables: tables as unknown as ExportTables };
}

/** The training board as on FIXTURE_DAY, with ids `t1`, `t2`… in a fixed order. */
export async function trainingSource(): Promise<ExportSource> {
  let n = 0;
  const { board, records } = await buildTrainingBoard(FIXTURE_DAY, () => `t${++n}`);
  return exportSource(board, records);
}

/**
 * A small board with what the writers must get right: awkward names (markup, quotes, emoji, a
 * control character), one association each way, a group, a place on the map, an online space, a
 * place drawn on a floor plan, and incidents at each.
 */
export function smallSource(over: { basemap?: 'image' } = {}): ExportSource {
  const b = 'b1';
  const board = newBoard(b, {
    title: 'Harrowfield <test> & "board"',
    purpose: 'Testing exports (fictional).',
    owner: 'Chair',
    reviewDate: '2027-01-01',
    namePolicy: 'full',
    ...(over.basemap
      ? {
          basemap: {
            kind: 'image' as const,
            fileName: 'plan.png',
            blobId: 'blob1',
            width: 1200,
            height: 800,
          },
        }
      : {}),
  });
  const jordan = newPerson('p1', b, {
    displayName: 'Jordan <b>Ade</b> & "Co" 🙂',
    fullName: 'Jordan Michael Ade-Smith',
    pseudonym: 'Blue',
    riskLevel: 'significant',
    age: 15,
    notes: 'Seen with Kayden\u0007 at the garages',
    tags: ['yos', 'cce'],
  });
  const kayden = newPerson('p2', b, {
    displayName: 'Kayden Price',
    fullName: 'Kayden James Price',
    kind: 'adult-of-concern',
    notes: 'Drives a grey car',
  });
  const records = [
    { table: 'people', record: jordan },
    { table: 'people', record: kayden },
    {
      table: 'associations',
      record: newAssociation('a1', b, {
        fromId: 'p2',
        toId: 'p1',
        kind: 'exploitation',
        notes: 'Kayden gives Jordan money',
      }),
    },
    {
      table: 'associations',
      record: newAssociation('a2', b, { fromId: 'p1', toId: 'p2', kind: 'friendship' }),
    },
    { table: 'groups', record: newGroup('g1', b, { name: "Kayden's crew", colour: '#1f77b4' }) },
    { table: 'memberships', record: newMembership('m1', b, 'g1', 'p1', 'follower') },
    { table: 'memberships', record: newMembership('m2', b, 'g1', 'p2', 'leader') },
    { table: 'positions', record: newPosition(b, 'p1', 10.5, -20) },
    { table: 'positions', record: newPosition(b, 'p2', 200, 40) },
    {
      table: 'places',
      record: newPlace('pl1', b, {
        name: 'Kestrel Park',
        kind: 'park',
        // Clockwise as drawn, with more decimals than a position needs.
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-1.50720001234, 53.4031],
              [-1.5031, 53.40360004999],
              [-1.5024, 53.4012],
              [-1.5066, 53.4006],
              [-1.50720001234, 53.4031],
            ],
          ],
        },
        guardians: [{ name: 'Kayden Price', role: 'Neighbour' }],
        notes: 'Unlit path',
      }),
    },
    {
      table: 'places',
      record: newPlace('pl2', b, { name: 'Group chat', kind: 'online', geometry: null }),
    },
    {
      table: 'places',
      record: newPlace('pl3', b, {
        name: 'Stairwell on the plan',
        kind: 'estate',
        coordinateSpace: 'image',
        geometry: { type: 'Point', coordinates: [640, 410] },
      }),
    },
    {
      table: 'incidents',
      record: newIncident('i1', b, {
        occurredAt: '2026-11-01T21:30',
        harmKinds: ['cce', 'violence'],
        placeId: 'pl1',
        involved: [{ personId: 'p1', role: 'harmed' }],
        notes: 'Jordan hurt',
      }),
    },
    {
      table: 'incidents',
      record: newIncident('i2', b, {
        occurredAt: '2026-11-02T10:00',
        harmKinds: ['online'],
        placeId: 'pl2',
      }),
    },
    {
      table: 'incidents',
      record: newIncident('i3', b, {
        occurredAt: '2026-11-03T12:00',
        harmKinds: ['other'],
        point: [-1.49750001, 53.4012],
      }),
    },
    {
      table: 'incidents',
      record: newIncident('i4', b, {
        occurredAt: '2026-11-04T12:00',
        harmKinds: ['other'],
        placeId: 'pl3',
      }),
    },
    {
      table: 'actions',
      record: newAction('ac1', b, {
        targetKind: 'person',
        targetId: 'p1',
        description: '=cmd|" /C calc"!A0 for Jordan',
        agency: 'Police',
        dueDate: '2026-12-01',
      }),
    },
  ] as { table: TableName; record: AnyRecord }[];
  return exportSource(board, records);
}
