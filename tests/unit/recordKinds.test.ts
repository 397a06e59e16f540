import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { deviceStores } from '../../src/db/database';
import { schemaVersions } from '../../src/db/schemaVersions';
import { columnsOf } from '../../src/domain/kinds/fields';
import {
  kinds,
  referencesOf,
  referrersOf,
  remapReferences,
  tableNames,
  type TableName,
} from '../../src/domain/kinds';
import type { Reference } from '../../src/domain/kinds/kind';

const B = 'b1';
const T = '2026-01-05T09:00:00.000Z';

/** What each kind's `create` must be given: the compiler asks for a new kind's here. */
const given: { [K in TableName]: Parameters<(typeof kinds)[K]['create']>[0] } = {
  boards: {
    id: B,
    title: 'Brookside',
    purpose: 'Plan for the Brookside group',
    owner: 'Sam',
    reviewDate: '2027-01-10',
  },
  people: { id: 'p1', boardId: B, displayName: 'Jordan Ade' },
  groups: { id: 'g1', boardId: B, name: 'Park lot', colour: '#1f77b4' },
  memberships: { id: 'm1', boardId: B, groupId: 'g1', personId: 'p1' },
  associations: { id: 'a1', boardId: B, fromId: 'p1', toId: 'p2', kind: 'friendship' },
  places: {
    id: 'pl1',
    boardId: B,
    name: 'Rec ground',
    kind: 'park',
    geometry: { type: 'Point', coordinates: [-0.1, 51.5] },
  },
  placeLinks: {
    id: 'l1',
    boardId: B,
    placeId: 'pl1',
    subjectKind: 'group',
    subjectId: 'g1',
    kind: 'frequents',
  },
  incidents: {
    id: 'i1',
    boardId: B,
    occurredAt: '2026-01-04T18:30',
    harmKinds: ['violence'],
    placeId: 'pl1',
  },
  actions: {
    id: 'ac1',
    boardId: B,
    targetKind: 'place',
    targetId: 'pl1',
    description: 'Ask the wardens to walk the park',
    agency: 'Parks',
    dueDate: '2026-02-01',
  },
  annotations: { id: 'n1', boardId: B, text: 'Busy after school' },
  meetings: { id: 'mt1', boardId: B, date: '2026-01-05' },
  snapshots: { id: 's1', boardId: B, meetingId: 'mt1', takenAt: T },
  positions: { boardId: B, nodeId: 'p1', x: 10, y: 20 },
  changeLog: {
    id: 'c1',
    boardId: B,
    at: T,
    who: 'Sam',
    what: 'Add person',
    command: 'addPerson',
    origin: 'local',
  },
  basemapFiles: {
    id: 'f1',
    boardId: B,
    fileName: 'plan.png',
    kind: 'image',
    size: 3,
    type: 'image/png',
    data: new Blob(['abc']),
  },
};

const made = <K extends TableName>(table: K) =>
  (kinds[table].create as (g: unknown) => Record<string, unknown>)(given[table]);

/** The object schema of a record, or of the object a path leads through (lists, nulls, unions). */
function objectsAt(schema: z.ZodType, path: readonly string[]): z.ZodObject[] {
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional)
    return objectsAt(schema.unwrap() as z.ZodType, path);
  if (schema instanceof z.ZodArray) return objectsAt(schema.element as z.ZodType, path);
  if (schema instanceof z.ZodUnion)
    return (schema.options as z.ZodType[]).flatMap((o) => objectsAt(o, path));
  if (!(schema instanceof z.ZodObject)) return [];
  const [key, ...rest] = path;
  if (key === undefined) return [schema];
  const field = (schema.shape as Record<string, z.ZodType>)[key];
  return field ? objectsAt(field, rest) : [];
}

const shapeOf = (table: TableName) => {
  const [object] = objectsAt(kinds[table].schema as z.ZodType, []);
  if (!object) throw new Error(`${table}: the schema is not an object`);
  return object.shape as Record<string, z.ZodType>;
};

/** The objects holding a reference's id, found by its path. */
const holdersOf = (table: TableName, ref: Reference) =>
  objectsAt(kinds[table].schema as z.ZodType, ref.field.split('.').slice(0, -1));

/** A Dexie store spec as its primary key and a set of indexes: their order does not matter. */
function storeSpec(spec: string) {
  const [key, ...indexes] = spec.split(',').map((s) => s.trim());
  return { key, indexes: [...indexes].sort() };
}

/** The stores of the newest schema version: later versions override earlier ones, null deletes. */
function currentStores(): Map<string, string> {
  const stores = new Map<string, string>();
  for (const v of schemaVersions)
    for (const [t, spec] of Object.entries(v.stores)) {
      if (spec === null) stores.delete(t);
      else stores.set(t, spec);
    }
  return stores;
}

describe('record kinds', () => {
  it.each(tableNames)('%s: the kind is filed under its own table', (table) => {
    expect(kinds[table].table).toBe(table);
  });

  it.each(tableNames)('%s: a noun for one record and for several', (table) => {
    const { one, many } = kinds[table].noun;
    expect(one.trim()).not.toBe('');
    expect(many.trim()).not.toBe('');
  });

  it('no two kinds share a noun', () => {
    const ones = tableNames.map((t) => kinds[t].noun.one);
    expect(new Set(ones).size).toBe(ones.length);
  });

  it.each(tableNames)('%s: a new record, with its defaults, passes the schema', (table) => {
    const record = made(table);
    const result = kinds[table].schema.safeParse(record);
    expect(result.success ? [] : result.error.issues, `${table} defaults`).toEqual([]);
    // What it is given wins over the defaults.
    for (const [k, v] of Object.entries(given[table])) expect(record[k], k).toEqual(v);
  });

  it.each(tableNames)('%s: every field definition names a field of the schema, once', (table) => {
    const shape = shapeOf(table);
    const defs = kinds[table].fields;
    for (const def of defs) expect(Object.keys(shape), `${table}.${def.key}`).toContain(def.key);
    expect(new Set(defs.map((d) => d.key)).size, `${table}: a field defined twice`).toBe(
      defs.length,
    );
    const orders = columnsOf(defs).map((d) => d.column.order);
    expect(new Set(orders).size, `${table}: two columns in one place`).toBe(orders.length);
  });

  it.each(tableNames)('%s: every personal field is a field of the schema', (table) => {
    const shape = shapeOf(table);
    for (const key of kinds[table].personal) expect(Object.keys(shape), key).toContain(key);
  });

  describe('references', () => {
    const all = tableNames.flatMap((table) =>
      kinds[table].references.map((ref) => ({ table, ref })),
    );

    it.each(all.map(({ table, ref }) => [`${table}.${ref.field}`, table, ref] as const))(
      '%s names real tables through a field of the schema',
      (_, table, ref) => {
        const targets = typeof ref.to === 'string' ? [ref.to] : Object.values(ref.to.tables);
        expect(targets.length).toBeGreaterThan(0);
        for (const t of targets) expect(tableNames).toContain(t);
        const holders = holdersOf(table, ref);
        const leaf = ref.field.split('.').at(-1)!;
        expect(holders.length, `${ref.field}: no such path`).toBeGreaterThan(0);
        expect(holders.some((h) => leaf in h.shape)).toBe(true);
        if (typeof ref.to !== 'string') {
          const by = ref.to.by;
          // Every kind the record can name is mapped to a table.
          const kindField = holders.find((h) => by in h.shape)?.shape[by] as z.ZodEnum | undefined;
          expect(kindField, `${ref.field}: no ${by} beside it`).toBeInstanceOf(z.ZodEnum);
          expect(Object.keys(ref.to.tables).sort()).toEqual([...kindField!.options].sort());
        }
      },
    );

    it('every record but a board and the change log must be on a board that exists', () => {
      for (const table of tableNames) {
        const onBoard = kinds[table].references.find((r) => r.field === 'boardId');
        expect(onBoard?.checked ?? false, table).toBe(table !== 'boards' && table !== 'changeLog');
      }
    });

    it('a checked reference cascades: a record cannot be kept pointing at nothing', () => {
      for (const { table, ref } of all)
        if (ref.checked) expect(ref.onDelete, `${table}.${ref.field}`).toBe('cascade');
    });

    it('finds what a record must point at, by the kind it names', () => {
      const ids = (table: TableName) =>
        referencesOf(table, made(table) as never).map((r) => `${r.table}:${r.id}`);
      expect(ids('boards')).toEqual([]);
      expect(ids('changeLog')).toEqual([]);
      expect(ids('people')).toEqual(['boards:b1']);
      expect(ids('associations')).toEqual(['boards:b1', 'people:p1', 'people:p2']);
      expect(ids('memberships')).toEqual(['boards:b1', 'groups:g1', 'people:p1']);
      expect(ids('placeLinks')).toEqual(['boards:b1', 'places:pl1', 'groups:g1']);
      expect(ids('positions')).toEqual(['boards:b1', 'people:p1']);
      expect(ids('snapshots')).toEqual(['boards:b1', 'meetings:mt1']);
      // Not checked: an incident may outlive its place for a moment, an action its meeting.
      expect(ids('incidents')).toEqual(['boards:b1']);
      expect(ids('actions')).toEqual(['boards:b1']);
    });

    it('knows which tables must follow a deletion', () => {
      expect([...referrersOf('people')].sort()).toEqual(
        ['associations', 'memberships', 'placeLinks', 'positions'].sort(),
      );
      expect([...referrersOf('groups')].sort()).toEqual(
        ['memberships', 'placeLinks', 'positions'].sort(),
      );
      expect([...referrersOf('places')].sort()).toEqual(['placeLinks', 'positions'].sort());
      expect(referrersOf('meetings')).toEqual(['snapshots']);
      expect(referrersOf('associations')).toEqual([]);
    });

    it('rewrites every id a record holds, in lists and nested objects, without changing it', () => {
      const incident = {
        ...made('incidents'),
        involved: [
          { personId: 'p1', role: 'harmed' },
          { personId: 'p9', role: 'witness' },
        ],
      };
      const frozen = structuredClone(incident);
      const ids = new Map([
        ['b1', 'B'],
        ['pl1', 'PL'],
        ['p1', 'P'],
      ]);
      const copy = remapReferences('incidents', incident as never, (id) => ids.get(id) ?? id);
      expect(copy).toMatchObject({
        boardId: 'B',
        placeId: 'PL',
        involved: [
          { personId: 'P', role: 'harmed' },
          { personId: 'p9', role: 'witness' },
        ],
      });
      expect(incident).toEqual(frozen);
      const note = { ...made('annotations'), attachedTo: { kind: 'person', id: 'p1' } };
      expect(
        remapReferences('annotations', note as never, (id) => ids.get(id) ?? id),
      ).toMatchObject({ attachedTo: { kind: 'person', id: 'P' } });
      const unattached = made('annotations');
      expect(
        remapReferences('annotations', unattached as never, (id) => ids.get(id) ?? id),
      ).toMatchObject({ boardId: 'B', attachedTo: null });
    });
  });

  describe('indexes', () => {
    const stores = currentStores();

    it('the registry covers every store of the database schema', () => {
      const known = [...tableNames, ...Object.keys(deviceStores)].sort();
      expect([...stores.keys()].sort()).toEqual(known);
    });

    it.each(tableNames)(
      "%s: the kind's indexes are those of the newest schema version",
      (table) => {
        const declared = kinds[table].indexes;
        const stored = stores.get(table);
        const newest = schemaVersions.at(-1)!.version;
        expect(
          stored && storeSpec(stored),
          `The ${table} kind declares indexes '${declared}' but schema version ${newest} ` +
            `stores '${stored ?? '(no such store)'}'. Add schema version ${newest + 1} to ` +
            `src/db/schemaVersions.ts with { ${table}: '${declared}' } and save a fixture of ` +
            `version ${newest} as fixtures/db/v${newest}.json for the upgrade test.`,
        ).toEqual(storeSpec(declared));
      },
    );

    it('device stores are as the newest schema version has them', () => {
      for (const [store, spec] of Object.entries(deviceStores))
        expect(stores.get(store) && storeSpec(stores.get(store)!), store).toEqual(storeSpec(spec));
    });

    it.each(tableNames)('%s: no personal field is indexed', (table) => {
      const { key, indexes } = storeSpec(kinds[table].indexes);
      const indexed = [key, ...indexes].flatMap((i) => i!.replace(/[[\]]/g, '').split('+'));
      for (const field of kinds[table].personal) expect(indexed, field).not.toContain(field);
    });
  });
});
