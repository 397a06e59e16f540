import { describe, expect, it } from 'vitest';
import { cumulativeConcern } from '../../../src/domain/checks/cumulativeConcern';
import { board, checkInput, person } from './checkInput';

const ind = (id: string, kind: string, date: string) => ({ id, kind, date, note: '' });

describe('cumulative concern', () => {
  it('draws together exploitation indicators recorded on different dates, oldest first', () => {
    const amira = person('p1', 'Amira', {
      indicators: [
        ind('i2', 'sexual-health', '2026-09-22'),
        ind('i1', 'missing', '2026-06-14'),
        ind('i3', 'exclusion', '2026-07-01'),
      ],
    });
    const [f, ...rest] = cumulativeConcern(checkInput({ people: [amira] }));
    expect(rest).toHaveLength(0);
    expect(f!.title).toBe('Cumulative concern: Amira');
    expect(f!.reason).toContain(
      'Missing episode (14 Jun 2026) and Sexual-health concern (22 Sept 2026)',
    );
    // Exclusion is not an exploitation indicator on the default list.
    expect(f!.reason).not.toContain('Exclusion');
    expect(f!.records).toEqual([{ kind: 'person', id: 'p1' }]);
  });

  it('does not fire for indicators on one date, one indicator, or non-exploitation kinds', () => {
    const sameDay = person('p1', 'A', {
      indicators: [ind('i1', 'missing', '2026-06-14'), ind('i2', 'injury', '2026-06-14')],
    });
    const one = person('p2', 'B', { indicators: [ind('i3', 'missing', '2026-06-14')] });
    const other = person('p3', 'C', {
      indicators: [ind('i4', 'exclusion', '2026-06-14'), ind('i5', 'missing', '2026-07-14')],
    });
    expect(cumulativeConcern(checkInput({ people: [sameDay, one, other] }))).toEqual([]);
  });

  it('follows the board’s own list of which indicators count towards exploitation', () => {
    const b = board({
      indicatorKinds: [{ key: 'exclusion', label: 'Exclusion', exploitation: true }],
    });
    const p = person('p1', 'A', {
      indicators: [ind('i1', 'exclusion', '2026-01-01'), ind('i2', 'exclusion', '2026-02-01')],
    });
    expect(cumulativeConcern(checkInput({ board: b, people: [p] }))).toHaveLength(1);
  });

  it('keeps its key when other records change, and changes it when a new indicator is added', () => {
    const base = [ind('i1', 'missing', '2026-06-14'), ind('i2', 'injury', '2026-08-03')];
    const key = (p: ReturnType<typeof person>, others = [] as ReturnType<typeof person>[]) =>
      cumulativeConcern(checkInput({ people: [...others, p] }))[0]!.key;
    const before = key(person('p1', 'A', { indicators: base }));
    expect(
      key(person('p1', 'A renamed', { indicators: base, school: 'X' }), [person('p9', 'Z')]),
    ).toBe(before);
    expect(
      key(person('p1', 'A', { indicators: [...base, ind('i3', 'missing', '2026-10-05')] })),
    ).not.toBe(before);
  });
});
