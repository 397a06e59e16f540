// @vitest-environment node
// Node's own Blob: fake-indexeddb keeps a Node Blob (the stored basemap file) but not jsdom's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, undo } from '../../src/commands/bus';
import { BOARD_LIST_SCOPE } from '../../src/commands/command';
import { history } from '../../src/commands/history';
import { addBoardRecords } from '../../src/commands/boards/addBoardRecords';
import { deleteBoard } from '../../src/commands/boards/deleteBoard';
import { updatePerson } from '../../src/commands/people/updatePerson';
import { openFromFile } from '../../src/commands/boardFile/openFromFile';
import { idsTakenElsewhere, readStoredBoard } from '../../src/commands/boardFile/readBoards';
import type { PeersDb } from '../../src/db/database';
import type { BoardRecords } from '../../src/domain/formats/boardFile/format';
import { planOpen } from '../../src/domain/formats/boardFile/openPlans';
import { readBoardFile } from '../../src/domain/formats/boardFile/readBoardFile';
import { writeBoardFile } from '../../src/domain/formats/boardFile/writeBoardFile';
import type { AnyRecord, TableName } from '../../src/domain/kinds';
import type { Association } from '../../src/domain/kinds/association';
import type { ChangeLogEntry } from '../../src/domain/kinds/changeLog';
import type { Person } from '../../src/domain/kinds/person';
import type { Snapshot } from '../../src/domain/kinds/snapshot';
import { freshDb } from './dbHelpers';
import { dumpBoard, getPerson, mustRun } from './busHelpers';
import { sampleBoard } from './boardFileHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
});
afterEach(() => d.close());

const saved = async (boardId: string, passphrase: string | null = null) => {
  const stored = await readStoredBoard(boardId);
  if (!stored) throw new Error(`no board ${boardId}`);
  return writeBoardFile([stored], {
    contents: 'board',
    appVersion: '0.1.0',
    savedAt: new Date().toISOString(),
    passphrase,
  });
};

async function opened(file: Blob, passphrase?: string): Promise<BoardRecords> {
  let result = await readBoardFile(file, 'test.board.json');
  if (result.state === 'locked' && passphrase) result = await result.unlock(passphrase);
  if (result.state !== 'opened') throw new Error(JSON.stringify(result));
  return result.file.boards[0]!;
}

/** The sample board stored as a file brings it: every table, its own stamps. */
async function storeSample(): Promise<void> {
  const { board, records } = sampleBoard();
  await mustRun({ ...addBoardRecords(board, records, 'Open board file'), keepStamps: true });
}

/** A dump with each basemap file's bytes read out, so two dumps compare byte for byte. */
async function dumpWithBytes(boardId: string) {
  const dump = await dumpBoard(d, boardId, { includeLog: true });
  const files = await Promise.all(
    (dump.basemapFiles ?? []).map(async (f) => {
      const data = (f as { data: Blob }).data;
      return { ...f, data: Array.from(new Uint8Array(await data.arrayBuffer())) };
    }),
  );
  return { ...dump, basemapFiles: files };
}

const logOf = (dump: { changeLog?: AnyRecord[] }) => (dump.changeLog ?? []) as ChangeLogEntry[];

describe('save to file, delete, open: the same board', () => {
  it('gives back every record of every table, with only the change-log entries of the delete and the open added', async () => {
    await storeSample();
    const before = await dumpWithBytes('b1');
    for (const t of Object.keys(before))
      expect(before[t as TableName]?.length, t).toBeGreaterThan(0);
    const file = await saved('b1');

    await mustRun(deleteBoard((await d.boards.get('b1'))!));
    expect(await d.boards.get('b1')).toBeUndefined();
    const incoming = await opened(file);
    expect(await idsTakenElsewhere(incoming)).toBe(0);
    await mustRun(openFromFile('add', incoming));

    const after = await dumpWithBytes('b1');
    const logBefore = new Set(logOf(before).map((e) => e.id));
    const added = logOf(after).filter((e) => !logBefore.has(e.id));
    expect(added.map((e) => e.command).sort()).toEqual(['deleteBoard', 'openBoardFile']);
    expect({ ...after, changeLog: logOf(after).filter((e) => logBefore.has(e.id)) }).toEqual(
      before,
    );
  });

  it('does the same through a passphrase', async () => {
    await storeSample();
    const before = await dumpWithBytes('b1');
    const file = await saved('b1', 'a long enough passphrase');
    await mustRun(deleteBoard((await d.boards.get('b1'))!));
    await mustRun(openFromFile('add', await opened(file, 'a long enough passphrase')));
    const after = await dumpWithBytes('b1');
    const { changeLog: _a, ...restAfter } = after;
    const { changeLog: _b, ...restBefore } = before;
    expect(restAfter).toEqual(restBefore);
  });

  it('adds a board in one step that one undo on the board list takes away', async () => {
    const file = await (async () => {
      await storeSample();
      const f = await saved('b1');
      await mustRun(deleteBoard((await d.boards.get('b1'))!));
      history.clear();
      return f;
    })();
    await mustRun(openFromFile('add', await opened(file)));
    expect(history.peekUndo(BOARD_LIST_SCOPE)?.label).toBe('Open board “Town centre” from file');
    expect(await undo(BOARD_LIST_SCOPE)).toMatchObject({ ok: true });
    expect(await d.boards.get('b1')).toBeUndefined();
    expect(await d.people.where('boardId').equals('b1').count()).toBe(0);
  });
});

describe('opening a board that is already here', () => {
  /** The file as saved now, then the board here edited after it: Ali renamed, Dee added. */
  async function divergedBoard(): Promise<BoardRecords> {
    await storeSample();
    const incoming = await opened(await saved('b1'));
    await mustRun(updatePerson(await getPerson(d, 'p1'), { displayName: 'Ali Renamed' }));
    const dee: Person = { ...(await getPerson(d, 'p2')), id: 'p9', displayName: 'Dee' };
    await runCommand({
      name: 'addDee',
      label: 'Add Dee',
      scope: 'b1',
      boardId: 'b1',
      plan: () => Promise.resolve([{ table: 'people', id: 'p9', after: dee }]),
    });
    return incoming;
  }

  it('replace makes the board the file’s, keeping this device’s change log and numbering the file’s after it', async () => {
    const incoming = await divergedBoard();
    // The file has an entry this device never had.
    const foreign: ChangeLogEntry = {
      ...logOf(await dumpBoard(d, 'b1', { includeLog: true }))[0]!,
      id: 'cl-elsewhere',
      version: 2,
      what: 'Edited on another laptop',
    };
    incoming.records.push({ table: 'changeLog', record: foreign });
    const here = await readStoredBoard('b1');
    const plan = planOpen('replace', incoming, here, undefined);
    expect(plan.counts.people).toEqual({ added: 0, changed: 1, removed: 1 });
    expect(plan.people.changed.map((p) => p.displayName)).toEqual(['Ali']);
    expect(plan.people.removed.map((p) => p.displayName)).toEqual(['Dee']);
    expect(plan.logBroughtIn).toBe(1);

    const logBefore = logOf(await dumpBoard(d, 'b1', { includeLog: true }));
    const newest = Math.max(...logBefore.map((e) => e.version ?? 0));
    await mustRun(openFromFile('replace', incoming));
    expect((await getPerson(d, 'p1')).displayName).toBe('Ali');
    expect(await d.people.get('p9')).toBeUndefined();
    const log = logOf(await dumpBoard(d, 'b1', { includeLog: true }));
    for (const e of logBefore) expect(log.map((x) => x.id)).toContain(e.id);
    const brought = log.find((e) => e.id === 'cl-elsewhere')!;
    expect(brought.version).toBe(newest + 1);
    expect(log.find((e) => e.command === 'openBoardFile')!.version).toBe(newest + 2);
    const versions = log.map((e) => e.version);
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('merge keeps what is newer on either side, and what is only here', async () => {
    const incoming = await divergedBoard();
    // An association edited in the file later than here, and one only in the file.
    const a1 = incoming.records.find((r) => r.record.id === 'a1')!.record as Association;
    incoming.records = incoming.records.map((r) =>
      r.record.id === 'a1'
        ? {
            ...r,
            record: {
              ...a1,
              notes: 'Seen together at the rec',
              updatedAt: '2099-01-01T00:00:00.000Z',
            },
          }
        : r,
    );
    incoming.records.push({
      table: 'associations',
      record: { ...a1, id: 'a2', fromId: 'p2', toId: 'p1', kind: 'online' },
    });
    const plan = planOpen('merge', incoming, await readStoredBoard('b1'), undefined);
    expect(plan.counts.associations).toEqual({ added: 1, changed: 1, removed: 0 });
    expect(plan.counts.people).toBeUndefined();

    await mustRun(openFromFile('merge', incoming));
    expect((await getPerson(d, 'p1')).displayName).toBe('Ali Renamed'); // newer here
    expect((await getPerson(d, 'p9')).displayName).toBe('Dee'); // only here
    expect((await d.associations.get('a1'))?.notes).toBe('Seen together at the rec'); // newer in file
    expect(await d.associations.get('a2')).toBeDefined(); // only in the file
    expect(history.peekUndo(BOARD_LIST_SCOPE)?.label).toBe('Merge board “Town centre” from file');
    await undo(BOARD_LIST_SCOPE);
    expect(await d.associations.get('a2')).toBeUndefined();
    expect((await d.associations.get('a1'))?.notes).not.toBe('Seen together at the rec');
  });

  it('add as a copy gives every record a fresh id, references and snapshot contents following', async () => {
    await storeSample();
    const incoming = await opened(await saved('b1'));
    const command = openFromFile('copy', incoming);
    await mustRun(command);
    const copy = await dumpBoard(d, command.boardId, { includeLog: true });
    expect((await d.boards.get(command.boardId))?.title).toBe('Copy of Town centre');
    const original = await dumpBoard(d, 'b1');
    const ids = new Set(
      Object.values(original)
        .flat()
        .map((r) => r.id),
    );
    for (const [t, rows] of Object.entries(copy)) {
      if (t === 'changeLog') continue;
      for (const r of rows) expect(ids.has(r.id), `${t} ${r.id}`).toBe(false);
    }
    const [assoc] = copy.associations as Association[];
    const people = new Set((copy.people as Person[]).map((p) => p.id));
    expect(people.has(assoc!.fromId) && people.has(assoc!.toId)).toBe(true);
    const [snapshot] = copy.snapshots as Snapshot[];
    expect(snapshot!.meetingId).toBe((copy.meetings as AnyRecord[])[0]!.id);
    // Only the copy's own entry: the original's change log is not brought in.
    expect(logOf(copy).map((e) => e.command)).toEqual(['openBoardFile']);
  });

  it('a file whose records use ids of another board here can only come in as a copy', async () => {
    await storeSample();
    const incoming = await opened(await saved('b1'));
    const elsewhere: BoardRecords = {
      ...incoming,
      board: { ...incoming.board, id: 'b-other', boardId: 'b-other' },
    };
    expect(await idsTakenElsewhere(elsewhere)).toBeGreaterThan(0);
  });
});
