import { describe, expect, it } from 'vitest';
import {
  applyNetworkFilter,
  emptyFilter,
  type FilterableContent,
} from '../../src/domain/networkFilter';
import { filterIncidents, ALL_INCIDENTS } from '../../src/domain/incidentFilter';
import { dayHourGrid } from '../../src/domain/analysis/timeBar';
import type { Association } from '../../src/domain/kinds/association';
import {
  associationDays,
  datedAssociationsIn,
  datesOfRange,
  gridCellInWords,
  gridIn,
  gridLevel,
  incidentsByTime,
  incidentsIn,
  playNext,
  playStart,
  playStepDays,
  rangeInSpan,
  spanLength,
} from '../../src/domain/analysis/timeRange';
import { dateInWords } from '../../src/domain/dates';

const span = { first: '2026-03-01', last: '2026-03-31' };

describe('the time bar range', () => {
  it('reads the filters’ dates as days in the span, open ends at the span’s ends', () => {
    expect(spanLength(span)).toBe(30);
    expect(rangeInSpan(span, null, null)).toEqual({ from: 0, to: 30 });
    expect(rangeInSpan(span, '2026-03-03', '2026-03-10')).toEqual({ from: 2, to: 9 });
    // Dates outside the span are brought inside it; a backwards range is never wider than nothing.
    expect(rangeInSpan(span, '2025-01-01', '2027-01-01')).toEqual({ from: 0, to: 30 });
    expect(rangeInSpan(span, '2026-03-20', '2026-03-10')).toEqual({ from: 19, to: 19 });
  });

  it('gives the filters dates, leaving an end open when the thumb is at the span’s end', () => {
    expect(datesOfRange(span, { from: 0, to: 30 })).toEqual({ from: null, to: null });
    expect(datesOfRange(span, { from: 2, to: 9 })).toEqual({
      from: '2026-03-03',
      to: '2026-03-10',
    });
    expect(datesOfRange(span, { from: 5, to: 30 })).toEqual({ from: '2026-03-06', to: null });
  });

  it('says a date in words', () => {
    expect(dateInWords('2026-03-03')).toBe('3 March 2026');
    expect(dateInWords('2026-12-25')).toBe('25 December 2026');
  });
});

describe('Play', () => {
  it('steps a day, a week or a month by the length of the span', () => {
    expect(playStepDays(30)).toBe(1);
    expect(playStepDays(200)).toBe(7);
    expect(playStepDays(900)).toBe(30);
  });

  it('starts with a window of four steps when the whole span is shown, from the start when at the end', () => {
    expect(playStart(200, { from: 0, to: 200 })).toEqual({ from: 0, to: 27 });
    expect(playStart(200, { from: 150, to: 200 })).toEqual({ from: 0, to: 50 });
    expect(playStart(200, { from: 10, to: 20 })).toEqual({ from: 10, to: 20 });
  });

  it('moves the window keeping its width, stops at the end', () => {
    expect(playNext(200, { from: 10, to: 20 })).toEqual({ from: 17, to: 27 });
    expect(playNext(200, { from: 185, to: 195 })).toEqual({ from: 190, to: 200 });
    expect(playNext(200, { from: 190, to: 200 })).toBeNull();
    // From a start, steps reach the end and then stop.
    let r: { from: number; to: number } | null = playStart(30, { from: 0, to: 30 });
    let steps = 0;
    while (r) {
      r = playNext(30, r);
      steps++;
    }
    expect(steps).toBe(28);
  });
});

const assoc = (id: string, firstReported: string | null, lastReported: string | null) =>
  ({
    id,
    fromId: 'a',
    toId: 'b',
    kind: 'friendship',
    confidence: 'confirmed',
    firstReported,
    lastReported,
  }) as unknown as Association;

describe('counts in range', () => {
  const associations = [
    assoc('1', '2026-01-01', '2026-01-31'),
    assoc('2', '2026-02-10', null),
    assoc('3', null, '2026-03-05'),
    assoc('4', '2026-01-15', '2026-04-01'),
    assoc('5', null, null),
  ];

  it('counts the dated associations the network filter shows, and the undated apart', () => {
    const days = associationDays(associations);
    expect(days.undated).toBe(1);
    const content: FilterableContent = { people: [], associations, memberships: [] };
    for (const [from, to] of [
      ['2026-02-01', '2026-02-28'],
      ['2026-01-31', '2026-01-31'],
      ['2026-03-05', '2026-03-06'],
      ['2025-01-01', '2025-12-31'],
      ['2026-01-01', '2026-12-31'],
    ] as const) {
      const hidden = applyNetworkFilter(content, {
        ...emptyFilter,
        dateFrom: from,
        dateTo: to,
        hideUndated: true,
      }).hiddenAssociations;
      expect(datedAssociationsIn(days, from, to), `${from}..${to}`).toBe(
        associations.length - hidden.size,
      );
    }
  });

  it('finds the incidents in a range as the incident filter does', () => {
    const incidents = [
      '2026-03-02T23:59',
      '2026-03-01T08:00',
      '2026-03-05T00:00',
      '2026-03-03T12:00',
    ].map((occurredAt) => ({ occurredAt, harmKinds: [] }));
    const byTime = incidentsByTime(incidents);
    const got = incidentsIn(byTime, '2026-03-02', '2026-03-03').map((i) => i.occurredAt);
    const want = filterIncidents(incidents, {
      ...ALL_INCIDENTS,
      from: '2026-03-02',
      to: '2026-03-03',
    })
      .shown.map((i) => i.occurredAt)
      .sort();
    expect(got).toEqual(want);
    expect(got).toHaveLength(2);
  });

  it('grids the incidents in a range as dayHourGrid does, leaving out those not kept', () => {
    const incidents = [
      { occurredAt: '2026-03-06T22:15', harmKinds: ['cse'] },
      { occurredAt: '2026-03-06T22:40', harmKinds: ['cce'] },
      { occurredAt: '2026-03-09T00:05', harmKinds: ['cse'] },
      { occurredAt: '2026-03-30T09:00', harmKinds: ['cse'] },
    ];
    const times = incidentsByTime(incidents);
    const { grid, count } = gridIn(times, '2026-03-01', '2026-03-10');
    expect(count).toBe(3);
    expect(grid).toEqual(dayHourGrid(incidents.slice(0, 3)));
    expect(grid[4]![22]).toBe(2); // Friday
    expect(grid[0]![0]).toBe(1); // Monday
    const cseOnly = gridIn(times, '2026-03-01', '2026-03-10', (i) => i.harmKinds.includes('cse'));
    expect(cseOnly.count).toBe(2);
    expect(cseOnly.grid[4]![22]).toBe(1);
  });
});

describe('the day-by-hour grid in words', () => {
  it('names the day and the hour and counts', () => {
    expect(gridCellInWords(4, 22, 5)).toBe('Friday 22:00–23:00: 5 incidents');
    expect(gridCellInWords(0, 23, 1)).toBe('Monday 23:00–24:00: 1 incident');
    expect(gridCellInWords(6, 0, 0)).toBe('Sunday 00:00–01:00: 0 incidents');
  });

  it('shades by the share of the busiest hour', () => {
    expect(gridLevel(0, 10)).toBe(0);
    expect(gridLevel(1, 10)).toBe(1);
    expect(gridLevel(6, 10)).toBe(3);
    expect(gridLevel(10, 10)).toBe(4);
  });
});
