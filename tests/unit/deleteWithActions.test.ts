import { beforeEach, describe, expect, it } from 'vitest';
import { addAction } from '../../src/commands/actions/actionCommands';
import { undo } from '../../src/commands/bus';
import { deleteSelection } from '../../src/commands/people/deleteSelection';
import type { PeersDb } from '../../src/db/database';
import { boardWithPeople, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  await boardWithPeople('b1', ['Ali', 'Bea']);
  const fields = { description: 'Visit', agency: 'Police', dueDate: '2026-12-01' };
  await mustRun(addAction('b1', 'a1', { ...fields, targetKind: 'person', targetId: 'p1' }));
  await mustRun(addAction('b1', 'a2', { ...fields, targetKind: 'person', targetId: 'p2' }));
});

describe('deleting a person who has actions', () => {
  it('moves their actions to the whole board when asked, in one undo step', async () => {
    await mustRun(deleteSelection('b1', ['p1'], [], 'Delete Ali', { actions: 'board' }));
    expect(await d.people.get('p1')).toBeUndefined();
    expect(await d.actions.get('a1')).toMatchObject({ targetKind: 'board', targetId: 'b1' });
    expect(await d.actions.get('a2')).toMatchObject({ targetKind: 'person', targetId: 'p2' });

    await undo('b1');
    expect(await d.people.get('p1')).toBeDefined();
    expect(await d.actions.get('a1')).toMatchObject({ targetKind: 'person', targetId: 'p1' });
  });

  it('deletes their actions with them otherwise (and undo brings both back)', async () => {
    await mustRun(deleteSelection('b1', ['p1'], [], 'Delete Ali', { actions: 'delete' }));
    expect(await d.actions.get('a1')).toBeUndefined();
    expect(await d.actions.get('a2')).toBeDefined();
    await undo('b1');
    expect(await d.actions.get('a1')).toMatchObject({ targetId: 'p1' });
  });
});
