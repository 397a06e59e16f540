import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, undo } from '../../src/commands/bus';
import { BOARD_LIST_SCOPE } from '../../src/commands/command';
import { history } from '../../src/commands/history';
import { addBoardRecords } from '../../src/commands/boards/addBoardRecords';
import { deleteBoard } from '../../src/commands/boards/deleteBoard';
import { duplicateBoard } from '../../src/commands/boards/duplicateBoard';
import { updateBoard } from '../../src/commands/boards/updateBoard';
import type { PeersDb } from '../../src/db/database';
import { newAssociation } from '../../src/domain/kinds/association';
import { newBoard } from '../../src/domain/kinds/board';
import { newPerson } from '../../src/domain/kinds/person';
import { newPosition } from '../../src/domain/kinds/position';
import type { Board } from '../../src/domain/kinds/board';
import {
  boardContentTables,
  tableNames,
  validateRecord,
  type AnyRecord,
  type TableName,
} from '../../src/domain/kinds';
import { freshDb } from './dbHelpers';
import { boardFields, dumpBoard, mustRun, withoutStamps } from './busHelpers';
import {
  sampleAction,
  sampleAnnotation,
  sampleGroup,
  sampleIncident,
  sampleMeeting,
  sampleMembership,
  samplePlace,
  samplePlaceLink,
  sampleSnapshot,
} from './sampleRecords';

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
});

afterEach(() => d.close());

/** Board `b` with at least one record of every board table (the change log comes from the bus). */
async function fullBoard(b = 'b1'): Promise<Board> {
  const person = (id: string, name: string) => ({
    table: 'people' as const,
    record: newPerson(id, b, { displayName: name }),
  });
  await mustRun(
    addBoardRecords(
      newBoard(b, boardFields),
      [
        person('p1', 'Ali'),
        person('p2', 'Bea'),
        { table: 'positions', record: newPosition(b, 'p1', 1, 1) },
        { table: 'positions', record: newPosition(b, 'p2', 2, 2) },
        {
          table: 'associations',
          record: newAssociation('a1', b, { fromId: 'p1', toId: 'p2', kind: 'friendship' }),
        },
        { table: 'groups', record: sampleGroup('g1', b) },
        { table: 'memberships', record: sampleMembership('m1', b, 'g1', 'p2') },
        { table: 'places', record: samplePlace('pl1', b) },
        { table: 'placeLinks', record: samplePlaceLink('l1', b, 'pl1', 'p1') },
        {
          table: 'incidents',
          record: sampleIncident('i1', b, {
            placeId: 'pl1',
            point: null,
            involved: [{ personId: 'p1', role: 'harmed' }],
          }),
        },
        {
          table: 'actions',
          record: sampleAction('ac1', b, {
            targetKind: 'person',
            targetId: 'p1',
            meetingId: 'mt1',
          }),
        },
        {
          table: 'annotations',
          record: sampleAnnotation('an1', b, { attachedTo: { kind: 'person', id: 'p2' } }),
        },
        {
          table: 'meetings',
          record: sampleMeeting('mt1', b, {
            agenda: [{ kind: 'group', id: 'g1', view: null }],
            decisions: [
              {
                id: 'dec1',
                itemKind: 'person',
                itemId: 'p1',
                text: 'Refer',
                at: '2026-01-10T10:00:00.000Z',
              },
            ],
          }),
        },
        { table: 'snapshots', record: sampleSnapshot('s1', b, 'mt1') },
      ],
      'Add board',
    ),
  );
  const board = await d.boards.get(b);
  if (!board) throw new Error('board not written');
  return board;
}

const only = <T>(rows: T[] | undefined): T => {
  expect(rows).toHaveLength(1);
  return rows![0]!;
};

describe('updateBoard', () => {
  it('quick edits of the same fields coalesce into one undo step', async () => {
    const board = await fullBoard();
    for (const title of ['T', 'To', 'Tow'])
      await mustRun(updateBoard(board, { title }, BOARD_LIST_SCOPE));
    expect((await d.boards.get('b1'))?.title).toBe('Tow');

    await undo(BOARD_LIST_SCOPE);
    expect((await d.boards.get('b1'))?.title).toBe('Town centre');
    expect(history.peekUndo(BOARD_LIST_SCOPE)?.label).toBe('Add board');
  });

  it('edits of different fields stay separate steps', async () => {
    const board = await fullBoard();
    await mustRun(updateBoard(board, { title: 'North' }, 'b1'));
    await mustRun(updateBoard(board, { owner: 'Jo' }, 'b1'));
    await undo('b1');
    expect(await d.boards.get('b1')).toMatchObject({ title: 'North', owner: 'Sam' });
    await undo('b1');
    expect(await d.boards.get('b1')).toMatchObject({ title: 'Town centre', owner: 'Sam' });
    await redo('b1');
    expect((await d.boards.get('b1'))?.title).toBe('North');
  });
});

describe('duplicateBoard', () => {
  it('copies every record under new ids, rewriting references, and leaves the original alone', async () => {
    const board = await fullBoard();
    const original = await dumpBoard(d, 'b1');

    await mustRun(duplicateBoard(board, 'b2', 'Town centre (copy)'));
    const copy = await dumpBoard(d, 'b2');

    expect(await dumpBoard(d, 'b1')).toEqual(original);
    expect(only(copy.boards)).toMatchObject({
      id: 'b2',
      boardId: 'b2',
      title: 'Town centre (copy)',
      purpose: board.purpose,
    });

    const oldIds = new Set(Object.values(original).flatMap((rows) => rows.map((r) => r.id)));
    for (const t of tableNames.filter((t) => t !== 'changeLog' && t !== 'boards')) {
      const rows: AnyRecord[] = copy[t] ?? [];
      expect(rows.length, t).toBe(original[t]?.length);
      for (const r of rows) {
        expect(oldIds.has(r.id), `${t} ${r.id} kept an old id`).toBe(false);
        expect(r.boardId).toBe('b2');
        expect(validateRecord(t, r).ok).toBe(true);
      }
    }

    const people = copy.people as { id: string; displayName: string }[];
    const newId = (name: string) => people.find((p) => p.displayName === name)!.id;
    const [ali, bea] = [newId('Ali'), newId('Bea')];
    const group = only(copy.groups).id;
    const place = only(copy.places).id;
    const meeting = only(copy.meetings).id;

    expect(only(copy.associations)).toMatchObject({ fromId: ali, toId: bea });
    expect(only(copy.memberships)).toMatchObject({ groupId: group, personId: bea });
    expect(only(copy.placeLinks)).toMatchObject({ placeId: place, subjectId: ali });
    expect(only(copy.incidents)).toMatchObject({
      placeId: place,
      involved: [{ personId: ali, role: 'harmed' }],
    });
    expect(only(copy.actions)).toMatchObject({ targetId: ali, meetingId: meeting });
    expect(only(copy.annotations)).toMatchObject({ attachedTo: { kind: 'person', id: bea } });
    expect(only(copy.meetings)).toMatchObject({
      agenda: [{ id: group }],
      decisions: [{ itemId: ali }],
    });
    expect(only(copy.snapshots)).toMatchObject({ meetingId: meeting });
    expect((copy.positions ?? []).map((p) => p.id).sort()).toEqual(
      [`network:${ali}`, `network:${bea}`].sort(),
    );
    expect((copy.positions as { nodeId: string }[]).map((p) => p.nodeId).sort()).toEqual(
      [ali, bea].sort(),
    );
  });

  it('an action aimed at the whole board is aimed at the copy', async () => {
    const board = await fullBoard();
    await mustRun(
      addBoardRecords(
        board,
        [
          {
            table: 'actions',
            record: sampleAction('acB', 'b1', { targetKind: 'board', targetId: 'b1' }),
          },
        ],
        'Add',
      ),
    );
    await mustRun(duplicateBoard(board, 'b2', 'Copy'));
    const copied = (await d.actions.where('boardId').equals('b2').toArray()).find(
      (a) => a.targetKind === 'board',
    );
    expect(copied?.targetId).toBe('b2');
  });

  it('undo removes the copy', async () => {
    const board = await fullBoard();
    await mustRun(duplicateBoard(board, 'b2', 'Copy'));
    await undo(BOARD_LIST_SCOPE);
    const left = await dumpBoard(d, 'b2');
    expect(Object.values(left).flat()).toEqual([]);
    expect(await d.boards.count()).toBe(1);
  });
});

describe('deleteBoard', () => {
  it('removes everything with the board id; undo brings it all back', async () => {
    const board = await fullBoard();
    await mustRun(updateBoard(board, { notes: 'edited' }, 'b1'));
    const before = await dumpBoard(d, 'b1', { includeLog: true });
    const oldLogIds = (before.changeLog ?? []).map((e) => e.id);
    expect(oldLogIds.length).toBeGreaterThan(0);

    await mustRun(deleteBoard((await d.boards.get('b1'))!));

    const after = await dumpBoard(d, 'b1', { includeLog: true });
    for (const t of ['boards', ...boardContentTables] as TableName[]) {
      if (t === 'changeLog') continue;
      expect(after[t], t).toEqual([]);
    }
    // The board's own log goes; only the audit entry of the deletion itself is left.
    expect((after.changeLog as { command: string }[]).map((e) => e.command)).toEqual([
      'deleteBoard',
    ]);

    await undo(BOARD_LIST_SCOPE);
    const restored = await dumpBoard(d, 'b1', { includeLog: true });
    const content = (dump: typeof before) =>
      withoutStamps({ ...dump, changeLog: [] }, ['updatedAt', 'createdAt']);
    expect(content(restored)).toEqual(content(before));
    const restoredLogIds = new Set((restored.changeLog ?? []).map((e) => e.id));
    for (const id of oldLogIds) expect(restoredLogIds.has(id)).toBe(true);
  });

  it('leaves other boards alone', async () => {
    await fullBoard('b1');
    const other = await fullBoardOther();
    await mustRun(deleteBoard((await d.boards.get('b1'))!));
    expect(await dumpBoard(d, 'b9')).toEqual(other);
  });
});

async function fullBoardOther() {
  await mustRun(
    addBoardRecords(
      newBoard('b9', boardFields),
      [{ table: 'people', record: newPerson('q1', 'b9', { displayName: 'Zed' }) }],
      'Add other board',
    ),
  );
  return dumpBoard(d, 'b9');
}
