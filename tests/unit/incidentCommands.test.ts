import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redo, runCommand, undo } from '../../src/commands/bus';
import { setUserName } from '../../src/commands/identity';
import { addIncident } from '../../src/commands/incidents/addIncident';
import { updateIncident, updateIncidentWith } from '../../src/commands/incidents/updateIncident';
import { deleteSelection } from '../../src/commands/people/deleteSelection';
import { addPlace } from '../../src/commands/places/addPlace';
import type { PeersDb } from '../../src/db/database';
import { generateBoard } from '../../src/app/seedBoard';
import { addDays, todayString } from '../../src/domain/dates';
import { validateRecord } from '../../src/domain/kinds';
import { boardWithPeople, expectRefused, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  await boardWithPeople('b1', ['Ali', 'Bea']);
  await mustRun(
    addPlace('b1', 'pl1', {
      name: 'Golden Fry',
      kind: 'shop',
      geometry: { type: 'Point', coordinates: [-1.4963, 53.4021] },
    }),
  );
});
afterEach(() => {
  setUserName('');
  d.close();
});

const yesterday = () => `${addDays(todayString(), -1)}T21:30`;

describe('addIncident', () => {
  it('records an incident at a place, one undo step, redone as it was', async () => {
    const r = await mustRun(
      addIncident('b1', 'i1', { occurredAt: yesterday(), harmKinds: ['cse'], placeId: 'pl1' }),
    );
    expect(r.changes).toHaveLength(1);
    expect(await d.incidents.get('i1')).toMatchObject({
      placeId: 'pl1',
      point: null,
      involved: [],
    });
    await undo('b1');
    expect(await d.incidents.get('i1')).toBeUndefined();
    await redo('b1');
    expect((await d.incidents.get('i1'))?.harmKinds).toEqual(['cse']);
  });

  it('records one at a point on the map', async () => {
    await mustRun(
      addIncident('b1', 'i1', {
        occurredAt: yesterday(),
        harmKinds: ['violence'],
        point: [-1.4975, 53.4012],
      }),
    );
    expect((await d.incidents.get('i1'))?.point).toEqual([-1.4975, 53.4012]);
  });

  it('refuses a future time, no kind of harm, no spot or a missing place, storing nothing', async () => {
    const tomorrow = `${addDays(todayString(), 1)}T09:00`;
    expectRefused(
      await runCommand(
        addIncident('b1', 'i1', { occurredAt: tomorrow, harmKinds: ['cse'], placeId: 'pl1' }),
      ),
      /cannot be in the future/,
    );
    expectRefused(
      await runCommand(
        addIncident('b1', 'i1', { occurredAt: yesterday(), harmKinds: [], placeId: 'pl1' }),
      ),
      /Pick at least one kind of harm/,
    );
    expectRefused(
      await runCommand(addIncident('b1', 'i1', { occurredAt: yesterday(), harmKinds: ['cse'] })),
      /at a place or a point/,
    );
    expectRefused(
      await runCommand(
        addIncident('b1', 'i1', { occurredAt: yesterday(), harmKinds: ['cse'], placeId: 'gone' }),
      ),
      /place of this incident no longer exists/,
    );
    expect(await d.incidents.count()).toBe(0);
  });
});

describe('updateIncident', () => {
  beforeEach(async () => {
    await mustRun(
      addIncident('b1', 'i1', { occurredAt: yesterday(), harmKinds: ['cse'], placeId: 'pl1' }),
    );
  });

  it('adds people with roles from the stored state, so two quick adds both stay', async () => {
    const stale = (await d.incidents.get('i1'))!;
    await mustRun(
      updateIncidentWith(stale, 'involved', (c) => ({
        involved: [...c.involved, { personId: 'p1', role: 'harmed' }],
      })),
    );
    await mustRun(
      updateIncidentWith(stale, 'involved', (c) => ({
        involved: [...c.involved, { personId: 'p2', role: 'harming' }],
      })),
    );
    expect((await d.incidents.get('i1'))?.involved).toEqual([
      { personId: 'p1', role: 'harmed' },
      { personId: 'p2', role: 'harming' },
    ]);
    await undo('b1');
    expect((await d.incidents.get('i1'))?.involved).toEqual([{ personId: 'p1', role: 'harmed' }]);
  });

  it('refuses someone listed twice, or no longer on the board', async () => {
    const i = (await d.incidents.get('i1'))!;
    const twice = [
      { personId: 'p1', role: 'harmed' as const },
      { personId: 'p1', role: 'witness' as const },
    ];
    expectRefused(await runCommand(updateIncident(i, { involved: twice })), /listed twice/);
    expectRefused(
      await runCommand(updateIncident(i, { involved: [{ personId: 'ghost', role: 'present' }] })),
      /no longer on the board/,
    );
    expect((await d.incidents.get('i1'))?.involved).toEqual([]);
  });

  it('refuses moving it into the future and keeps what was stored', async () => {
    const i = (await d.incidents.get('i1'))!;
    const later = `${addDays(todayString(), 3)}T10:00`;
    expectRefused(await runCommand(updateIncident(i, { occurredAt: later })), /future/);
    expect((await d.incidents.get('i1'))?.occurredAt).toBe(i.occurredAt);
  });

  it('is deleted with deleteSelection, and a deleted person leaves its list', async () => {
    const i = (await d.incidents.get('i1'))!;
    await mustRun(updateIncident(i, { involved: [{ personId: 'p1', role: 'harmed' }] }));
    await mustRun(deleteSelection('b1', ['p1'], [], 'Delete Ali'));
    expect((await d.incidents.get('i1'))?.involved).toEqual([]);
    await mustRun(deleteSelection('b1', [], [], 'Delete an incident', { incidents: ['i1'] }));
    expect(await d.incidents.get('i1')).toBeUndefined();
    await undo('b1');
    expect(await d.incidents.get('i1')).toBeDefined();
  });
});

describe('the benchmark map board', () => {
  it('is the same for a seed, with valid places and incidents around the training town', () => {
    const a = generateBoard(4, 20, 60, { places: 12, incidents: 300 });
    const b = generateBoard(4, 20, 60, { places: 12, incidents: 300 });
    expect(a.records.map((r) => r.record.id)).toEqual(b.records.map((r) => r.record.id));
    expect(a.board.id).toBe('bench-4-20-map-12-300');
    const of = (t: string) => a.records.filter((r) => r.table === t);
    expect(of('places')).toHaveLength(12);
    expect(of('incidents')).toHaveLength(300);
    for (const { table, record } of a.records) {
      const checked = validateRecord(table, record);
      expect(checked.ok, `${table} ${record.id}`).toBe(true);
    }
    const today = todayString();
    for (const { record } of of('incidents'))
      expect((record as { occurredAt: string }).occurredAt < today).toBe(true);
    // The board without a map is untouched by the map option.
    expect(generateBoard(4, 20, 60).records).toHaveLength(a.records.length - 12 - 300 - 20);
  });
});
