import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, undo } from '../../src/commands/bus';
import { setUserName } from '../../src/commands/identity';
import {
  addDecision,
  endMeeting,
  joinMeetingAgenda,
  startMeeting,
  updateMeeting,
} from '../../src/commands/meetings/meetingCommands';
import type { PeersDb } from '../../src/db/database';
import { snapshotOfMeeting } from '../../src/db/snapshots';
import { addDays, todayString } from '../../src/domain/dates';
import { addPerson } from '../../src/commands/people/addPerson';
import { boardWithPeople, expectRefused, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  await boardWithPeople('b1', ['Ali', 'Bea']);
});
afterEach(() => {
  setUserName('');
  d.close();
});

const agenda = [{ kind: 'person' as const, id: 'p1', view: null }];
const start = (attendees = [{ name: 'Jo Hart', agency: 'Police' }], date = todayString()) =>
  runCommand(startMeeting('b1', 'm1', { date, attendees, agenda }));
const meeting = async () => (await d.meetings.get('m1'))!;

describe('meetings', () => {
  it('refuses a meeting dated in the future', async () => {
    expectRefused(await start(undefined, addDays(todayString(), 1)), /future/);
    expect(await d.meetings.count()).toBe(0);
  });

  it('refuses a second meeting while one is in progress', async () => {
    await start();
    expectRefused(
      await runCommand(startMeeting('b1', 'm2', { date: todayString(), attendees: [], agenda })),
      /already in progress/,
    );
  });

  it('joins a person drawn in the meeting to its agenda, in the same undo step as drawing them', async () => {
    await start();
    await mustRun(addPerson('b1', 'p9', { displayName: 'Dee' }, { x: 0, y: 100 }));
    await mustRun(joinMeetingAgenda(await meeting(), [{ kind: 'person', id: 'p9', view: null }]));
    expect((await meeting()).agenda.map((i) => i.id)).toEqual(['p1', 'p9']);
    // Joined twice (another tab got there first): nothing changes.
    await mustRun(joinMeetingAgenda(await meeting(), [{ kind: 'person', id: 'p9', view: null }]));
    expect((await meeting()).agenda.map((i) => i.id)).toEqual(['p1', 'p9']);
    await undo('b1');
    expect(await d.people.get('p9')).toBeUndefined();
    expect((await meeting()).agenda.map((i) => i.id)).toEqual(['p1']);
  });

  it('records decisions against the item under discussion', async () => {
    await start();
    await mustRun(
      addDecision(await meeting(), {
        id: 'd1',
        itemKind: 'person',
        itemId: 'p1',
        text: '  Refer to the exploitation panel ',
        at: new Date().toISOString(),
      }),
    );
    expect((await meeting()).decisions.map((x) => [x.itemId, x.text])).toEqual([
      ['p1', 'Refer to the exploitation panel'],
    ]);
  });

  it('will not start with no attendees, saying so plainly', async () => {
    expectRefused(await start([{ name: '  ', agency: 'Police' }]), /at least one attendee/);
    expect(await d.meetings.count()).toBe(0);
  });

  it('will not end with no attendees, and keeps the meeting as it was', async () => {
    await start();
    await mustRun(updateMeeting(await meeting(), { attendees: [] }, 'x'));
    expectRefused(await runCommand(endMeeting(await meeting(), 's1')), /no attendees/);
    expect((await meeting()).status).toBe('in-progress');
    expect(await d.snapshots.count()).toBe(0);
  });

  it('ends with a snapshot of the board in one undoable step', async () => {
    await start();
    await mustRun(
      updateMeeting(await meeting(), { attendees: [{ name: 'Jo Hart', agency: 'Police' }] }, 'x'),
    );
    await mustRun(endMeeting(await meeting(), 's1'));
    const ended = await meeting();
    expect(ended.status).toBe('ended');
    expect(ended.endedAt).not.toBeNull();
    const snap = await snapshotOfMeeting('m1');
    expect(snap?.tables.people?.map((p) => p.displayName)).toEqual(['Ali', 'Bea']);
    expect(snap?.tables.boards?.length).toBe(1);
    expect(snap?.tables.positions).toBeUndefined();
    expect(snap?.tables.meetings?.[0]?.status).toBe('ended');

    await undo('b1');
    expect((await meeting()).status).toBe('in-progress');
    expect(await snapshotOfMeeting('m1')).toBeNull();
  });
});
