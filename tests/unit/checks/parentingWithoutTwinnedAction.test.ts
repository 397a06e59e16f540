import { describe, expect, it } from 'vitest';
import { parentingWithoutTwinnedAction } from '../../../src/domain/checks/parentingWithoutTwinnedAction';
import { emptyContexts, type Contexts } from '../../../src/domain/records/contexts';
import { sampleAction, sampleMembership, samplePlaceLink } from '../sampleRecords';
import { B, checkInput, person } from './checkInput';

function contexts(over: Partial<Record<keyof Contexts, [Contexts['home']['concern'], number]>>) {
  const c = emptyContexts();
  for (const [k, [concern, weight]] of Object.entries(over))
    c[k as keyof Contexts] = { concern, weight, notes: '' };
  return c;
}

const mason = person('p1', 'Mason', {
  contexts: contexts({ home: ['emerging', 2], peer: ['emerging', 3] }),
});
const parenting = sampleAction('a1', B, {
  targetKind: 'person',
  targetId: 'p1',
  description: 'Offer parenting support to mum',
  context: null,
});

describe('parenting support without a twinned action', () => {
  it('fires when the concern sits in a context outside home weighted above it', () => {
    const [f] = parentingWithoutTwinnedAction(
      checkInput({ people: [mason], actions: [parenting] }),
    );
    expect(f!.title).toBe('Parenting support not twinned: Mason');
    expect(f!.reason).toContain('peer group context');
    expect(f!.records).toEqual([
      { kind: 'person', id: 'p1' },
      { kind: 'action', id: 'a1' },
    ]);
  });

  it('recognises parenting support by its home context as well as by its words', () => {
    const home = { ...parenting, description: 'Family sessions', context: 'home' as const };
    expect(
      parentingWithoutTwinnedAction(checkInput({ people: [mason], actions: [home] })),
    ).toHaveLength(1);
  });

  it('fires for a moderate concern at school even when home is weighted higher', () => {
    const p = person('p1', 'Mason', {
      contexts: contexts({ home: ['moderate', 5], school: ['moderate', 1] }),
    });
    const [f] = parentingWithoutTwinnedAction(checkInput({ people: [p], actions: [parenting] }));
    expect(f!.reason).toContain('school / education context');
  });

  it('is satisfied by an action on that context, or one aimed at their group or linked place', () => {
    const twin = sampleAction('a2', B, { targetKind: 'person', targetId: 'p1', context: 'peer' });
    expect(
      parentingWithoutTwinnedAction(checkInput({ people: [mason], actions: [parenting, twin] })),
    ).toEqual([]);
    const groupWork = sampleAction('a3', B, { targetKind: 'group', targetId: 'g1', context: null });
    expect(
      parentingWithoutTwinnedAction(
        checkInput({
          people: [mason],
          memberships: [sampleMembership('m1', B, 'g1', 'p1')],
          actions: [parenting, groupWork],
        }),
      ),
    ).toEqual([]);
    const placeWork = sampleAction('a4', B, { targetKind: 'place', targetId: 'pl1' });
    expect(
      parentingWithoutTwinnedAction(
        checkInput({
          people: [mason],
          placeLinks: [samplePlaceLink('l1', B, 'pl1', 'p1')],
          actions: [parenting, placeWork],
        }),
      ),
    ).toEqual([]);
  });

  it('does not fire without open parenting support, or when the concern is at home', () => {
    const done = { ...parenting, status: 'done' as const };
    expect(parentingWithoutTwinnedAction(checkInput({ people: [mason], actions: [done] }))).toEqual(
      [],
    );
    const atHome = person('p1', 'Mason', {
      contexts: contexts({ home: ['significant', 5], peer: ['emerging', 2] }),
    });
    expect(
      parentingWithoutTwinnedAction(checkInput({ people: [atHome], actions: [parenting] })),
    ).toEqual([]);
    const droppedTwin = sampleAction('a2', B, {
      targetKind: 'person',
      targetId: 'p1',
      context: 'peer',
      status: 'dropped',
    });
    expect(
      parentingWithoutTwinnedAction(
        checkInput({ people: [mason], actions: [parenting, droppedTwin] }),
      ),
    ).toHaveLength(1);
  });

  it('keeps its key when the action is reworded or other people are added', () => {
    const a = parentingWithoutTwinnedAction(
      checkInput({ people: [mason], actions: [parenting] }),
    )[0]!;
    const b = parentingWithoutTwinnedAction(
      checkInput({
        people: [person('p0', 'Other'), mason],
        actions: [{ ...parenting, description: 'Parenting course for dad' }],
      }),
    )[0]!;
    expect(b.key).toBe(a.key);
  });
});
