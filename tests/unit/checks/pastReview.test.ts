import { describe, expect, it } from 'vitest';
import { associationPastReview, boardPastReview } from '../../../src/domain/checks/pastReview';
import { newAssociation } from '../../../src/domain/kinds/association';
import { B, board, checkInput, person, TODAY } from './checkInput';

const people = [person('p1', 'Kyle'), person('p2', 'Tyler')];
const link = (reviewDate: string | null) =>
  newAssociation('a1', B, { fromId: 'p1', toId: 'p2', kind: 'criminal', reviewDate });

describe('associations past their review date', () => {
  it('fires for each association whose review date has passed', () => {
    const [f] = associationPastReview(checkInput({ people, associations: [link('2026-10-20')] }));
    expect(f!.title).toBe('Review overdue: Kyle – Tyler');
    expect(f!.reason).toContain('criminal association between Kyle and Tyler');
    expect(f!.reason).toContain('20 Oct 2026');
  });

  it('does not fire on or before the review date, or with none set', () => {
    for (const date of [TODAY, '2027-01-01', null])
      expect(associationPastReview(checkInput({ people, associations: [link(date)] }))).toEqual([]);
  });

  it('raises a new prompt when a new review date passes in turn', () => {
    const a = associationPastReview(checkInput({ people, associations: [link('2026-10-20')] }));
    const b = associationPastReview(checkInput({ people, associations: [link('2026-11-01')] }));
    expect(b[0]!.key).not.toBe(a[0]!.key);
  });
});

describe('the board past its review date', () => {
  it('fires once the review date has passed, and not before', () => {
    const past = boardPastReview(checkInput({ board: board({ reviewDate: '2026-11-01' }) }));
    expect(past).toHaveLength(1);
    expect(past[0]!.reason).toContain('1 Nov 2026');
    expect(boardPastReview(checkInput({ board: board({ reviewDate: TODAY }) }))).toEqual([]);
  });
});
