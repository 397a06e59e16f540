import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCommand, undo } from '../../src/commands/bus';
import { recordCaptureLine } from '../../src/commands/capture/recordCaptureLine';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { parseCaptureLine, type BoardNames } from '../../src/domain/capture';
import { todayString } from '../../src/domain/dates';
import { boardWithPeople, dumpBoard } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam Patel');
  await boardWithPeople('b1', ['Leon', 'Jay', 'Sami']);
});
afterEach(() => {
  setUserName('');
  d.close();
});

async function names(): Promise<BoardNames> {
  const on = (t: 'people' | 'groups' | 'places') =>
    d.table(t).where('boardId').equals('b1').toArray();
  return {
    people: (await on('people')) as BoardNames['people'][number][],
    groups: (await on('groups')) as BoardNames['groups'][number][],
    places: (await on('places')) as BoardNames['places'][number][],
  };
}

const setting = { spots: [{ x: 500, y: 40 }], groupColour: '#1f77b4', space: 'geo' as const };

/** Parses a line against what is stored and records it; the bus's result. */
async function capture(line: string) {
  const parsed = parseCaptureLine(line, await names(), todayString());
  if (!parsed.ok) throw new Error(parsed.refusal.problem);
  const { command, ids } = recordCaptureLine('b1', parsed.plan, setting);
  return { result: await runCommand(command), ids };
}

const memberships = () => d.memberships.where('boardId').equals('b1').toArray();
const placeLinks = () => d.placeLinks.where('boardId').equals('b1').toArray();
const associations = () => d.associations.where('boardId').equals('b1').toArray();
const people = () => d.people.where('boardId').equals('b1').toArray();

describe('recording a capture line', () => {
  it('stores an association with a new person and their diagram spot, undone as one step', async () => {
    const { result, ids } = await capture('Leon > Kira exploitation reported police');
    expect(result.ok).toBe(true);
    const kira = await d.people.get(ids.people[0]!);
    expect(kira).toMatchObject({ displayName: 'Kira', initials: 'K' });
    expect(await d.positions.where('nodeId').equals(kira!.id).first()).toMatchObject({
      x: 500,
      y: 40,
    });
    expect(await associations()).toEqual([
      expect.objectContaining({
        fromId: 'p1',
        toId: kira!.id,
        kind: 'exploitation',
        directed: true,
        confidence: 'reported',
        sourceAgency: 'Police',
      }),
    ]);
    await undo('b1');
    expect(await associations()).toEqual([]);
    expect(await d.people.get(kira!.id)).toBeUndefined();
    expect(await people()).toHaveLength(3);
  });

  it('stores a group with roles, then a place, links and an incident there, and an action', async () => {
    expect((await capture('group Northside: Leon leader, Jay, Sami peripheral')).result.ok).toBe(
      true,
    );
    expect((await memberships()).map((m) => m.role).sort()).toEqual([
      'leader',
      'not-known',
      'peripheral',
    ]);
    const { ids } = await capture('place Marlow House stairwell high risk');
    expect(await d.places.get(ids.place!)).toMatchObject({
      name: 'Marlow House',
      kind: 'estate',
      riskLevel: 'significant',
      geometry: null,
    });
    await capture('Leon, Northside frequent Marlow House');
    expect((await placeLinks()).map((l) => [l.subjectKind, l.kind]).sort()).toEqual([
      ['group', 'frequents'],
      ['person', 'frequents'],
    ]);
    await capture('incident yesterday 21:30 at Marlow House: robbery, Leon, Jay harmed');
    const [incident] = await d.incidents.where('boardId').equals('b1').toArray();
    expect(incident).toMatchObject({
      placeId: ids.place,
      harmKinds: ['violence'],
      involved: [
        { personId: 'p1', role: 'present' },
        { personId: 'p2', role: 'harmed' },
      ],
    });
    await capture('action Police, YOS: joint visit for Leon by 20 Jan');
    const [action] = await d.actions.where('boardId').equals('b1').toArray();
    expect(action).toMatchObject({
      targetKind: 'person',
      targetId: 'p1',
      agency: 'Police',
      partners: ['Youth offending service'],
      description: 'joint visit for Leon',
    });
    // Each line is its own undo step: undoing the last keeps the rest.
    await undo('b1');
    expect(await d.actions.count()).toBe(0);
    expect(await d.incidents.count()).toBe(1);
  });

  it('stores nothing of a line that repeats what is recorded', async () => {
    await capture('Leon - Jay friends');
    const before = await dumpBoard(d, 'b1');
    const { result } = await capture('Leon - Kira, Jay friends');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/already/);
    expect(await dumpBoard(d, 'b1')).toEqual(before);
  });

  it('sets the agency of someone on the board, and adds to a group with a role', async () => {
    await capture('Leon, YOS, A. Khan');
    expect(await d.people.get('p1')).toMatchObject({
      leadAgency: 'Youth offending service',
      leadPractitioner: 'A. Khan',
    });
    await capture('group Northside: Leon');
    await capture('group Northside: Leon leader, Sami');
    expect((await memberships()).map((m) => m.role).sort()).toEqual(['leader', 'not-known']);
  });
});
