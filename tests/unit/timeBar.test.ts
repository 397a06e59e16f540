import { describe, expect, it } from 'vitest';
import {
  associationInRange,
  boardTimeSpan,
  dayHourGrid,
  weekdayOf,
} from '../../src/domain/analysis/timeBar';

const dated = (firstReported: string | null, lastReported: string | null) => ({
  firstReported,
  lastReported,
});

describe('the time bar', () => {
  const november = { from: '2026-11-01', to: '2026-11-30' };

  it('keeps an association whose reported time meets the range, and drops one outside it', () => {
    expect(associationInRange(dated('2026-10-01', '2026-11-02'), november)).toBe(true);
    expect(associationInRange(dated('2026-11-30', null), november)).toBe(true);
    expect(associationInRange(dated('2026-12-01', '2026-12-05'), november)).toBe(false);
    expect(associationInRange(dated(null, '2026-10-31'), november)).toBe(false);
    expect(associationInRange(dated('2026-09-01', '2027-01-01'), november)).toBe(true);
  });

  it('keeps an association with no dates, and everything when the range is open', () => {
    expect(associationInRange(dated(null, null), november)).toBe(true);
    expect(associationInRange(dated('2020-01-01', null), { from: null, to: null })).toBe(true);
  });

  it('spans the first to the last date of associations and incidents', () => {
    expect(
      boardTimeSpan(
        [dated('2026-03-04', '2026-05-01'), dated(null, null)],
        [{ occurredAt: '2026-02-28T23:30' }, { occurredAt: '2026-06-01T08:00' }],
      ),
    ).toEqual({ first: '2026-02-28', last: '2026-06-01' });
    expect(boardTimeSpan([dated(null, null)], [])).toBeNull();
  });

  it('counts incidents by weekday (Monday first) and hour', () => {
    expect(weekdayOf('2026-12-07')).toBe(0); // a Monday
    expect(weekdayOf('2026-12-13')).toBe(6); // a Sunday
    const grid = dayHourGrid([
      { occurredAt: '2026-12-07T15:10' },
      { occurredAt: '2026-12-14T15:59' },
      { occurredAt: '2026-12-13T00:05' },
    ]);
    expect(grid[0]![15]).toBe(2);
    expect(grid[6]![0]).toBe(1);
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(3);
  });
});
