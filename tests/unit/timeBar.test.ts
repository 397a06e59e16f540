import { describe, expect, it } from 'vitest';
import { boardTimeSpan, dayHourGrid, weekdayOf } from '../../src/domain/analysis/timeBar';

const dated = (firstReported: string | null, lastReported: string | null) => ({
  firstReported,
  lastReported,
});

describe('the time bar', () => {
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
