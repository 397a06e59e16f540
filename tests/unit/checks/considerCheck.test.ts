import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, runCommand, undo } from '../../../src/commands/bus';
import { createBoard } from '../../../src/commands/boards/createBoard';
import { considerCheck, reopenCheck } from '../../../src/commands/boards/considerCheck';
import { setUserName } from '../../../src/commands/identity';
import type { PeersDb } from '../../../src/db/database';
import { freshDb } from '../dbHelpers';
import { boardFields, mustRun } from '../busHelpers';

let d: PeersDb;
const KEY = 'place-without-agency-action:pl1';

beforeEach(async () => {
  d = await freshDb();
  setUserName('Chair Person');
  await mustRun(createBoard('b1', boardFields));
});

afterEach(() => d.close());

const considered = async () => (await d.boards.get('b1'))!.considered;

describe('marking a check considered: not applicable', () => {
  it('keeps the reason, who and when on the board, and is undoable', async () => {
    await mustRun(considerCheck('b1', KEY, '  Park closed for works  ', 'No partner action'));
    const [c] = await considered();
    expect(c).toMatchObject({ key: KEY, reason: 'Park closed for works', by: 'Chair Person' });
    expect(Number.isNaN(Date.parse(c!.at))).toBe(false);
    await undo('b1');
    expect(await considered()).toEqual([]);
    await redo('b1');
    expect(await considered()).toHaveLength(1);
  });

  it('refuses an empty reason with a message, changing nothing', async () => {
    const result = await runCommand(considerCheck('b1', KEY, '   ', 'No partner action'));
    expect(result).toEqual({ ok: false, message: 'Give a reason why this check does not apply' });
    expect(await considered()).toEqual([]);
  });

  it('replaces an earlier reason for the same check, and reopening removes it', async () => {
    await mustRun(considerCheck('b1', KEY, 'First', 't'));
    await mustRun(considerCheck('b1', 'other', 'Other', 't'));
    await mustRun(considerCheck('b1', KEY, 'Second', 't'));
    expect((await considered()).map((c) => c.reason)).toEqual(['Other', 'Second']);
    await mustRun(reopenCheck('b1', KEY, 't'));
    expect((await considered()).map((c) => c.key)).toEqual(['other']);
    await undo('b1');
    expect((await considered()).map((c) => c.key)).toEqual(['other', KEY]);
  });
});
