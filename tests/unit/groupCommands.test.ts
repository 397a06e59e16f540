import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addNote, updateNote } from '../../src/commands/annotations/annotationCommands';
import { runCommand, undo } from '../../src/commands/bus';
import { createGroup } from '../../src/commands/groups/createGroup';
import { addMembers, setMemberRole } from '../../src/commands/groups/membership';
import { updateGroup } from '../../src/commands/groups/updateGroup';
import { setUserName } from '../../src/commands/identity';
import { deleteSelection } from '../../src/commands/people/deleteSelection';
import type { PeersDb } from '../../src/db/database';
import { boardWithPeople, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  await boardWithPeople('b1', ['Ali', 'Bea', 'Cal']);
});
afterEach(() => {
  setUserName('');
  d.close();
});

const roles = async () =>
  (await d.memberships.where('boardId').equals('b1').toArray())
    .map((m) => `${m.groupId}:${m.personId}:${m.role}`)
    .sort();

describe('groups', () => {
  it('are made from the selected people in one undo step', async () => {
    await mustRun(createGroup('b1', 'g1', 'Parade group', '#1f6fb2', ['p1', 'p2']));
    expect(await d.groups.get('g1')).toMatchObject({
      name: 'Parade group',
      concernLevel: 'not-assessed',
    });
    expect(await roles()).toEqual(['g1:p1:not-known', 'g1:p2:not-known']);
    await undo('b1');
    expect(await d.groups.count()).toBe(0);
    expect(await d.memberships.count()).toBe(0);
  });

  it('let a person be in several groups, each with their own role', async () => {
    await mustRun(createGroup('b1', 'g1', 'Parade group', '#1f6fb2', ['p1', 'p2']));
    await mustRun(createGroup('b1', 'g2', 'School', '#b35900', ['p2']));
    const m = (await d.memberships.toArray()).find(
      (x) => x.groupId === 'g1' && x.personId === 'p2',
    )!;
    await mustRun(setMemberRole(m, 'leader', 'Set role'));
    await mustRun(addMembers('b1', 'g2', ['p2', 'p3'], 'Add members'));
    expect(await roles()).toEqual([
      'g1:p1:not-known',
      'g1:p2:leader',
      'g2:p2:not-known',
      'g2:p3:not-known',
    ]);
  });

  it('are edited from their stored state', async () => {
    await mustRun(createGroup('b1', 'g1', 'Parade group', '#1f6fb2', ['p1']));
    const g = (await d.groups.get('g1'))!;
    await mustRun(updateGroup(g, { concernLevel: 'significant' }));
    await mustRun(updateGroup(g, { notes: 'Meets after school' }));
    expect(await d.groups.get('g1')).toMatchObject({
      concernLevel: 'significant',
      notes: 'Meets after school',
    });
  });

  it('are deleted with their memberships and notes; the people stay', async () => {
    await mustRun(createGroup('b1', 'g1', 'Parade group', '#1f6fb2', ['p1', 'p2']));
    await mustRun(
      addNote('b1', 'n1', 'Seen at the parade', { x: 0, y: -100 }, { kind: 'group', id: 'g1' }),
    );
    await mustRun(deleteSelection('b1', [], [], 'Delete group', { groups: ['g1'] }));
    expect(await d.groups.count()).toBe(0);
    expect(await d.memberships.count()).toBe(0);
    expect(await d.annotations.count()).toBe(0);
    expect(await d.people.where('boardId').equals('b1').count()).toBe(3);
    await undo('b1');
    expect(await roles()).toEqual(['g1:p1:not-known', 'g1:p2:not-known']);
    expect(await d.annotations.get('n1')).toMatchObject({ text: 'Seen at the parade' });
  });
});

describe('notes', () => {
  it('are added, edited and moved as undoable steps', async () => {
    await mustRun(addNote('b1', 'n1', 'Agenda', { x: 10, y: 20 }, null));
    await mustRun(updateNote('b1', 'n1', { text: 'Agenda for Friday' }, 'Edit a note'));
    await mustRun(updateNote('b1', 'n1', { position: { x: 30, y: 40 } }, 'Move a note'));
    expect(await d.annotations.get('n1')).toMatchObject({
      text: 'Agenda for Friday',
      position: { x: 30, y: 40 },
      surface: 'network',
    });
    await undo('b1');
    expect((await d.annotations.get('n1'))!.position).toEqual({ x: 10, y: 20 });
  });

  it('pinned to a person go when the person is deleted, and come back on undo', async () => {
    await mustRun(
      addNote('b1', 'n1', 'About Ali', { x: 90, y: -80 }, { kind: 'person', id: 'p1' }),
    );
    await mustRun(addNote('b1', 'n2', 'Free note', { x: 0, y: 0 }, null));
    await mustRun(deleteSelection('b1', ['p1'], [], 'Delete Ali'));
    expect((await d.annotations.toArray()).map((n) => n.id)).toEqual(['n2']);
    await undo('b1');
    expect((await d.annotations.toArray()).map((n) => n.id).sort()).toEqual(['n1', 'n2']);
  });

  it('cannot be empty', async () => {
    const result = await runCommand(addNote('b1', 'n1', '   ', { x: 0, y: 0 }, null));
    expect(result.ok).toBe(false);
    expect(await d.annotations.count()).toBe(0);
  });
});
