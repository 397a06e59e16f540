import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, undo, redo } from '../../src/commands/bus';
import { createGroup } from '../../src/commands/groups/createGroup';
import { setUserName } from '../../src/commands/identity';
import { deleteSelection } from '../../src/commands/people/deleteSelection';
import { linkToPlace } from '../../src/commands/placeLinks/linkToPlace';
import { addPlace } from '../../src/commands/places/addPlace';
import { updatePlace } from '../../src/commands/places/updatePlace';
import type { PeersDb } from '../../src/db/database';
import { newIncident } from '../../src/domain/kinds/incident';
import { boardWithPeople, mustRun } from './busHelpers';
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

const park = {
  name: 'Kestrel Park',
  kind: 'park' as const,
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [0, 0],
        [0.002, 0],
        [0.002, 0.002],
        [0, 0.002],
        [0, 0],
      ] as [number, number][],
    ],
  },
};

describe('places', () => {
  it('are added, moved and reshaped, each one undo step', async () => {
    await mustRun(addPlace('b1', 'pl1', park));
    const stored = (await d.places.get('pl1'))!;
    expect(stored).toMatchObject({
      name: 'Kestrel Park',
      riskLevel: 'not-assessed',
      coordinateSpace: 'geo',
    });
    await mustRun(updatePlace(stored, { geometry: { type: 'Point', coordinates: [1, 1] } }));
    await mustRun(updatePlace(stored, { geometry: { type: 'Point', coordinates: [2, 2] } }));
    expect((await d.places.get('pl1'))!.geometry).toEqual({ type: 'Point', coordinates: [2, 2] });
    await undo('b1');
    expect((await d.places.get('pl1'))!.geometry).toEqual({ type: 'Point', coordinates: [1, 1] });
    await undo('b1');
    expect((await d.places.get('pl1'))!.geometry).toEqual(park.geometry);
    await redo('b1');
    expect((await d.places.get('pl1'))!.geometry).toEqual({ type: 'Point', coordinates: [1, 1] });
  });

  it('refuse a shape that crosses itself, leaving the stored place as it was', async () => {
    await mustRun(addPlace('b1', 'pl1', park));
    const stored = (await d.places.get('pl1'))!;
    const bowTie = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [1, 0],
          [0, 1],
          [0, 0],
        ] as [number, number][],
      ],
    };
    const r = await runCommand(updatePlace(stored, { geometry: bowTie }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/crosses itself/);
    expect((await d.places.get('pl1'))!.geometry).toEqual(park.geometry);
  });

  it('may be online spaces with no shape', async () => {
    await mustRun(addPlace('b1', 'pl2', { name: 'Year 10 chat', kind: 'online', geometry: null }));
    expect((await d.places.get('pl2'))!.geometry).toBeNull();
  });

  it('take their links with them when deleted; their incidents stay where the place was', async () => {
    await mustRun(addPlace('b1', 'pl1', park));
    await mustRun(
      linkToPlace(
        'b1',
        'l1',
        { placeId: 'pl1', subjectKind: 'person', subjectId: 'p1', kind: 'frequents' },
        'Link',
      ),
    );
    await d.incidents.put(
      newIncident('i1', 'b1', {
        occurredAt: '2026-06-01T21:00',
        harmKinds: ['cce'],
        placeId: 'pl1',
        involved: [{ personId: 'p1', role: 'harmed' }],
      }),
    );
    await mustRun(deleteSelection('b1', ['p1'], [], 'Delete', { places: ['pl1'] }));
    expect(await d.places.count()).toBe(0);
    expect(await d.placeLinks.count()).toBe(0);
    const incident = (await d.incidents.get('i1'))!;
    expect(incident.placeId).toBeNull();
    expect(incident.point).toEqual([0.001, 0.001]);
    // Deleting Ali at the same time also takes him out of the incident, not undoing the move.
    expect(incident.involved).toEqual([]);
    await undo('b1');
    expect(await d.places.count()).toBe(1);
    expect(await d.placeLinks.count()).toBe(1);
    expect((await d.incidents.get('i1'))!.placeId).toBe('pl1');
  });
});

describe('place links', () => {
  beforeEach(async () => {
    await mustRun(addPlace('b1', 'pl1', park));
  });

  it('link people and groups to a place, and refuse the same link twice', async () => {
    await mustRun(
      linkToPlace(
        'b1',
        'l1',
        { placeId: 'pl1', subjectKind: 'person', subjectId: 'p1', kind: 'frequents' },
        'Link Ali',
      ),
    );
    const again = await runCommand(
      linkToPlace(
        'b1',
        'l2',
        { placeId: 'pl1', subjectKind: 'person', subjectId: 'p1', kind: 'frequents' },
        'Link Ali',
      ),
    );
    expect(again.ok).toBe(false);
    expect(!again.ok && again.message).toMatch(/already recorded/);
    await mustRun(
      linkToPlace(
        'b1',
        'l3',
        { placeId: 'pl1', subjectKind: 'person', subjectId: 'p1', kind: 'incident-at' },
        'Link Ali',
      ),
    );
    expect(await d.placeLinks.count()).toBe(2);
  });

  it('go when the group they belong to is deleted', async () => {
    await mustRun(createGroup('b1', 'g1', 'Parade group', '#1f6fb2', ['p1', 'p2']));
    await mustRun(
      linkToPlace(
        'b1',
        'l1',
        { placeId: 'pl1', subjectKind: 'group', subjectId: 'g1', kind: 'frequents' },
        'Link group',
      ),
    );
    await mustRun(deleteSelection('b1', [], [], 'Delete group', { groups: ['g1'] }));
    expect(await d.placeLinks.count()).toBe(0);
    expect(await d.people.count()).toBe(2);
  });
});
