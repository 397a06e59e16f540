import { describe, expect, it } from 'vitest';
import { answerOf } from '../../../src/domain/checks/answer';
import type { CheckFinding } from '../../../src/domain/checks';

const finding = (over: Partial<CheckFinding>): CheckFinding => ({
  key: 'k',
  rule: 'group-across-practitioners',
  title: 'Coordinate work with Brookside Parade',
  reason: '',
  records: [{ kind: 'group', id: 'g1' }],
  ...over,
});

describe('the action that answers a check', () => {
  it('is aimed at the group for "coordinate work with the group", worded without names', () => {
    expect(answerOf(finding({}))).toEqual({
      target: { kind: 'group', id: 'g1' },
      description: 'Coordinate the work with this group across agencies',
    });
  });

  it('is aimed at the first person, group, place or board it is about (not an association)', () => {
    const past = finding({
      rule: 'association-past-review',
      records: [
        { kind: 'association', id: 'a1' },
        { kind: 'person', id: 'p1' },
        { kind: 'person', id: 'p2' },
      ],
    });
    expect(answerOf(past)?.target).toEqual({ kind: 'person', id: 'p1' });
    const place = finding({
      rule: 'harmful-sexual-behaviour-at-place',
      records: [
        { kind: 'place', id: 'pl1' },
        { kind: 'incident', id: 'i1' },
      ],
    });
    expect(answerOf(place)?.target).toEqual({ kind: 'place', id: 'pl1' });
    expect(
      answerOf(finding({ rule: 'board-past-review', records: [{ kind: 'board', id: 'b1' }] })),
    ).toEqual({ target: { kind: 'board', id: 'b1' }, description: 'Review this board' });
  });

  it('offers none when nothing it is about can carry an action', () => {
    expect(answerOf(finding({ records: [{ kind: 'incident', id: 'i1' }] }))).toBeNull();
  });
});
