import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undo, redo, runCommand } from '../../src/commands/bus';
import { BOARD_LIST_SCOPE } from '../../src/commands/command';
import { deleteBoard } from '../../src/commands/boards/deleteBoard';
import { extendRetention, setArchived } from '../../src/commands/boards/retention';
import { updateBoard } from '../../src/commands/boards/updateBoard';
import { setUserName } from '../../src/commands/identity';
import { addPerson } from '../../src/commands/people/addPerson';
import { updatePerson } from '../../src/commands/people/updatePerson';
import type { PeersDb } from '../../src/db/database';
import { addDays, todayString } from '../../src/domain/dates';
import type { Board } from '../../src/domain/kinds/board';
import { extensionProblem, pastRetention } from '../../src/domain/retention';
import { boardWithPeople, expectRefused, getPerson, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;
const board = async (): Promise<Board> => (await d.boards.get('b1'))!;
const today = todayString();

beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  await boardWithPeople('b1', ['Ali']);
});
afterEach(() => {
  setUserName('');
  d.close();
});

describe('archiving a board', () => {
  it('makes it read only: every command and undo is refused with a plain message', async () => {
    await mustRun(setArchived(await board(), true, BOARD_LIST_SCOPE));
    expect((await board()).archived).toBe(true);
    const archived = /archived \(read only\): restore it/;
    expectRefused(
      await runCommand(addPerson('b1', 'p9', { displayName: 'Bo' }, { x: 0, y: 0 })),
      archived,
    );
    expectRefused(
      await runCommand(updatePerson(await getPerson(d, 'p1'), { notes: 'x' })),
      archived,
    );
    expectRefused(await runCommand(updateBoard(await board(), { title: 'New' }, 'b1')), archived);
    // The board's own undo history (adding Ali) is refused too.
    expectRefused(await undo('b1'), archived);
    expect(await d.people.get('p1')).toBeDefined();
    expect(await d.people.get('p9')).toBeUndefined();
  });

  it('restoring is allowed, and undoable; undoing the archive restores it too', async () => {
    await mustRun(setArchived(await board(), true, BOARD_LIST_SCOPE));
    await mustRun(setArchived(await board(), false, 'b1'));
    expect((await board()).archived).toBe(false);
    await mustRun(updatePerson(await getPerson(d, 'p1'), { notes: 'back' }));
    await undo('b1'); // the note
    await undo('b1'); // the restore: archived again
    expect((await board()).archived).toBe(true);
    await undo(BOARD_LIST_SCOPE); // the archive
    expect((await board()).archived).toBe(false);
    await redo(BOARD_LIST_SCOPE);
    expect((await board()).archived).toBe(true);
  });

  it('an archived board can still be deleted, and kept past its retention date', async () => {
    await mustRun(setArchived(await board(), true, BOARD_LIST_SCOPE));
    const until = addDays(today, 365);
    await mustRun(extendRetention(await board(), until, 'Court case ongoing', BOARD_LIST_SCOPE));
    expect((await board()).retentionDate).toBe(until);
    await mustRun(deleteBoard(await board()));
    expect(await d.boards.get('b1')).toBeUndefined();
  });
});

describe('retention', () => {
  it('keeping a board logs the reason in its change log, with who and when; undo puts the date back', async () => {
    await mustRun(updateBoard(await board(), { retentionDate: addDays(today, -3) }, 'b1'));
    expect(pastRetention(await board())).toBe(true);
    const until = addDays(today, 200);
    await mustRun(
      extendRetention(await board(), until, 'Section 47 enquiry still open', BOARD_LIST_SCOPE),
    );
    expect(pastRetention(await board())).toBe(false);
    const log = await d.changeLog.where('boardId').equals('b1').toArray();
    const kept = log.find((e) => e.command === 'extendRetention')!;
    expect(kept.what).toContain('Reason: Section 47 enquiry still open');
    expect(kept.who).toBe('Sam Patel');
    await undo(BOARD_LIST_SCOPE);
    expect((await board()).retentionDate).toBe(addDays(today, -3));
  });

  it('refuses a keep-until date not after today, or no reason', async () => {
    expectRefused(
      await runCommand(extendRetention(await board(), today, 'Still needed', BOARD_LIST_SCOPE)),
      /after today/,
    );
    expectRefused(
      await runCommand(extendRetention(await board(), addDays(today, 9), '  ', BOARD_LIST_SCOPE)),
      /Say why/,
    );
    expect(extensionProblem(addDays(today, 9), 'x'.repeat(301))).toMatch(/At most 300/);
  });

  it('a board with no retention date is never past it', async () => {
    expect(pastRetention(await board())).toBe(false);
  });
});
