import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undo } from '../../src/commands/bus';
import { setUserName } from '../../src/commands/identity';
import { startMeeting, updateMeeting } from '../../src/commands/meetings/meetingCommands';
import { addPerson } from '../../src/commands/people/addPerson';
import type { PeersDb } from '../../src/db/database';
import type { Meeting } from '../../src/domain/kinds/meeting';
import { MAX_JOINED, useAgendaJoining } from '../../src/features/meeting/useAgendaJoining';
import { boardWithPeople, mustRun } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  await boardWithPeople('b1', ['Ali', 'Bea']);
  await mustRun(
    startMeeting('b1', 'm1', {
      date: '2026-01-05',
      attendees: [{ name: 'Jo Hart', agency: 'Police' }],
      agenda: [{ kind: 'person', id: 'p1', view: null }],
    }),
  );
});
afterEach(() => {
  setUserName('');
  d.close();
});

const meeting = async () => (await d.meetings.get('m1')) as Meeting;
const agendaIds = async () => (await meeting()).agenda.map((i) => i.id);

describe('records drawn during a meeting join its agenda', () => {
  it('a young person drawn joins, and one Undo takes back both', async () => {
    const m = await meeting();
    renderHook(() => useAgendaJoining(m));
    await mustRun(addPerson('b1', 'p9', { displayName: 'Dee' }, { x: 0, y: 100 }));
    await waitFor(async () => expect(await agendaIds()).toEqual(['p1', 'p9']));
    await undo('b1');
    expect(await d.people.get('p9')).toBeUndefined();
    expect(await agendaIds()).toEqual(['p1']);
  });

  it('leaves off professionals, what the chair removed, and a step that adds many', async () => {
    const m = await meeting();
    renderHook(() => useAgendaJoining(m));
    await mustRun(
      addPerson('b1', 'pro', { displayName: 'Jo', kind: 'professional' }, { x: 0, y: 0 }),
    );
    await mustRun(addPerson('b1', 'p8', { displayName: 'Eve' }, { x: 0, y: 200 }));
    await waitFor(async () => expect(await agendaIds()).toEqual(['p1', 'p8']));
    // Removed by the chair, then something else done: Eve is not put back.
    await mustRun(updateMeeting(await meeting(), { agenda: [(await meeting()).agenda[0]!] }, 'x'));
    await mustRun(addPerson('b1', 'p7', { displayName: 'Fin' }, { x: 0, y: 300 }));
    await waitFor(async () => expect(await agendaIds()).toEqual(['p1', 'p7']));
    // Many at once (an import): none joins.
    const many = Array.from({ length: MAX_JOINED + 1 }, (_, i) => i);
    await mustRun({
      ...addPerson('b1', 'x0', { displayName: 'X0' }, { x: 0, y: 0 }),
      plan: async (reader) =>
        (
          await Promise.all(
            many.map((i) =>
              addPerson('b1', `x${i}`, { displayName: `X${i}` }, { x: i * 100, y: 900 }).plan(
                reader,
              ),
            ),
          )
        ).flat(),
    });
    expect(await d.people.get(`x${MAX_JOINED}`)).toBeDefined();
    // The next one drawn joins as usual, after the many were passed over.
    await mustRun(addPerson('b1', 'p6', { displayName: 'Gus' }, { x: 0, y: 400 }));
    await waitFor(async () => expect(await agendaIds()).toEqual(['p1', 'p7', 'p6']));
  });
});
