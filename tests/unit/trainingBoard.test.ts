import { describe, expect, it } from 'vitest';
import raw from '../../fixtures/training-board.json';
import { addDays, daysBetween } from '../../src/domain/dates';
import {
  validateRecord,
  type AnyRecord,
  type TableName,
  type TableRecords,
} from '../../src/domain/kinds';
import { buildTrainingBoard } from '../../src/features/boards/trainingBoard';

type Entry = { table: TableName; record: AnyRecord };

const TODAY = '2027-03-15';
const counter = (prefix = 'id') => {
  let n = 0;
  return () => `${prefix}-${++n}`;
};

/** Raw fixture records as validated, typed entries. */
function rawEntries(): Entry[] {
  return Object.entries(raw.tables).flatMap(([table, rows]) =>
    (rows as unknown[]).map((row) => {
      const checked = validateRecord(table as TableName, row);
      if (!checked.ok) throw new Error(`${table}: ${JSON.stringify(checked.problems)}`);
      return { table: table as TableName, record: checked.value };
    }),
  );
}

const of = <T extends TableName>(entries: Entry[], table: T) =>
  entries.filter((e) => e.table === table).map((e) => e.record as TableRecords[T]);

/** Every reference between records resolves inside the given set; returns the dangling ones. */
function danglingRefs(entries: Entry[], boardId: string): string[] {
  const ids = (t: TableName) => new Set(of(entries, t).map((r) => r.id));
  const people = ids('people');
  const groups = ids('groups');
  const places = ids('places');
  const bad: string[] = [];
  const need = (set: Set<string>, id: string | null, what: string) => {
    if (id === null || !set.has(id)) bad.push(`${what} -> ${String(id)}`);
  };
  for (const e of entries) if (e.record.boardId !== boardId) bad.push(`${e.record.id} boardId`);
  for (const a of of(entries, 'associations')) {
    need(people, a.fromId, `${a.id}.fromId`);
    need(people, a.toId, `${a.id}.toId`);
  }
  for (const m of of(entries, 'memberships')) {
    need(groups, m.groupId, `${m.id}.groupId`);
    need(people, m.personId, `${m.id}.personId`);
  }
  for (const l of of(entries, 'placeLinks')) {
    need(places, l.placeId, `${l.id}.placeId`);
    need(l.subjectKind === 'person' ? people : groups, l.subjectId, `${l.id}.subjectId`);
  }
  for (const i of of(entries, 'incidents')) {
    if (i.placeId !== null) need(places, i.placeId, `${i.id}.placeId`);
    for (const p of i.involved) need(people, p.personId, `${i.id}.involved`);
  }
  for (const a of of(entries, 'actions')) {
    const targets = { person: people, group: groups, place: places, board: new Set([boardId]) }[
      a.targetKind
    ];
    need(targets, a.targetId, `${a.id}.targetId`);
  }
  for (const n of of(entries, 'annotations')) {
    if (n.attachedTo)
      need(
        { person: people, group: groups, place: places }[n.attachedTo.kind],
        n.attachedTo.id,
        `${n.id}.attachedTo`,
      );
  }
  for (const p of of(entries, 'positions')) {
    need({ person: people, group: groups, place: places }[p.nodeKind], p.nodeId, `${p.id}.nodeId`);
    if (p.id !== `${p.diagram}:${p.nodeId}`) bad.push(`${p.id} is not derived from its node`);
  }
  return bad;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('training board fixture', () => {
  it('holds only valid records', () => {
    expect(validateRecord('boards', raw.board).ok).toBe(true);
    expect(() => rawEntries()).not.toThrow();
  });

  it('has intact references and a position for every person', () => {
    const entries = rawEntries();
    expect(danglingRefs(entries, raw.board.id)).toEqual([]);
    const positioned = new Set(of(entries, 'positions').map((p) => p.nodeId));
    expect(of(entries, 'people').every((p) => positioned.has(p.id))).toBe(true);
  });

  it('has ids unique across tables', () => {
    const ids = rawEntries().map((e) => e.record.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('is a rich enough scenario to teach with', () => {
    const entries = rawEntries();
    const people = of(entries, 'people');
    const youngPeople = people.filter((p) => p.kind === 'young-person');
    expect(youngPeople.length).toBeGreaterThanOrEqual(10);
    expect(youngPeople.length).toBeLessThanOrEqual(14);
    expect(of(entries, 'groups')).toHaveLength(2);

    const groupsOf = new Map<string, Set<string>>();
    for (const m of of(entries, 'memberships')) {
      groupsOf.set(m.personId, (groupsOf.get(m.personId) ?? new Set()).add(m.groupId));
    }
    expect([...groupsOf.values()].some((g) => g.size >= 2)).toBe(true);

    const associations = of(entries, 'associations');
    expect(new Set(associations.map((a) => a.kind)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(associations.map((a) => a.confidence))).toEqual(
      new Set(['confirmed', 'reported', 'suspected']),
    );
    expect(associations.some((a) => a.reviewDate !== null && a.reviewDate < raw.anchorDate)).toBe(
      true,
    );
    expect(associations.some((a) => a.reviewDate !== null && a.reviewDate > raw.anchorDate)).toBe(
      true,
    );

    const pairs = associations.map((a) => `${a.kind}:${[a.fromId, a.toId].sort().join('|')}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('never uses the word "gang"', () => {
    expect(strings(raw).filter((s) => /gang/i.test(s))).toEqual([]);
  });
});

describe('buildTrainingBoard', () => {
  it('gives the board and every record fresh ids with references intact', async () => {
    const { board, records } = await buildTrainingBoard(TODAY, counter());
    expect(board.id).not.toBe(raw.board.id);
    expect(board.boardId).toBe(board.id);
    expect(board.title).toBe(raw.board.title);
    expect(records).toHaveLength(rawEntries().length);
    expect(danglingRefs(records, board.id)).toEqual([]);

    const rawIds = new Set(rawEntries().map((e) => e.record.id));
    expect(records.filter((r) => rawIds.has(r.record.id))).toEqual([]);
    for (const { table, record } of records) expect(validateRecord(table, record).ok).toBe(true);
  });

  it('moves dates so the anchor date becomes today and sets a review date ahead', async () => {
    const offset = daysBetween(raw.anchorDate, TODAY);
    const { board, records } = await buildTrainingBoard(TODAY, counter());
    expect(board.reviewDate).toBe(addDays(TODAY, 90));
    expect(board.retentionDate).toBe(addDays(raw.board.retentionDate, offset));

    const before = new Map(of(rawEntries(), 'people').map((p) => [p.displayName, p]));
    const after = of(records, 'people');
    const amira = after.find((p) => p.displayName === 'Amira Hussain');
    const amiraBefore = before.get('Amira Hussain');
    expect(amira?.indicators.map((i) => i.date)).toEqual(
      amiraBefore?.indicators.map((i) => addDays(i.date, offset)),
    );

    const rawIncident = raw.tables.incidents[0];
    const incident = of(records, 'incidents').find((i) => i.notes === rawIncident?.notes);
    expect(incident?.occurredAt).toBe(
      `${addDays(rawIncident?.occurredAt.slice(0, 10) ?? '', offset)}${rawIncident?.occurredAt.slice(10)}`,
    );

    const actions = of(records, 'actions');
    const rawActions = of(rawEntries(), 'actions');
    expect(actions.map((a) => a.dueDate)).toEqual(
      rawActions.map((a) => addDays(a.dueDate, offset)),
    );
  });

  it('yields disjoint ids when added twice', async () => {
    const makeId = counter('x');
    const first = await buildTrainingBoard(TODAY, makeId);
    const second = await buildTrainingBoard(TODAY, makeId);
    const idsOf = (b: typeof first) => [b.board.id, ...b.records.map((r) => r.record.id)];
    const a = new Set(idsOf(first));
    expect(idsOf(second).filter((id) => a.has(id))).toEqual([]);
  });
});
