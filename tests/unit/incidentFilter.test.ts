import { describe, expect, it } from 'vitest';
import {
  ALL_INCIDENTS,
  filterIncidents,
  incidentSpan,
  isFiltering,
  rangeInWords,
  rangeOf,
} from '../../src/domain/incidentFilter';
import { localNow, occurredAtProblem } from '../../src/domain/incidentRules';
import type { Incident } from '../../src/domain/kinds/incident';

type Row = Pick<Incident, 'occurredAt' | 'harmKinds'> & { id: string };

const rows: Row[] = [
  { id: 'a', occurredAt: '2026-03-01T09:00', harmKinds: ['cse'] },
  { id: 'b', occurredAt: '2026-04-15T23:59', harmKinds: ['violence', 'cce'] },
  { id: 'c', occurredAt: '2026-06-14T00:00', harmKinds: ['bullying'] },
  { id: 'd', occurredAt: '2026-06-14T21:30', harmKinds: ['violence'] },
];
const ids = (r: { shown: readonly Row[] }) => r.shown.map((x) => x.id);

describe('filterIncidents', () => {
  it('gives back the very same list when nothing is filtered, so the map does not redraw', () => {
    const r = filterIncidents(rows, ALL_INCIDENTS);
    expect(r.shown).toBe(rows);
    expect(r.hidden).toBe(0);
    expect(isFiltering(ALL_INCIDENTS)).toBe(false);
  });

  it('keeps the days from and to, both included, whatever the time of day', () => {
    const r = filterIncidents(rows, { ...ALL_INCIDENTS, from: '2026-04-15', to: '2026-06-14' });
    expect(ids(r)).toEqual(['b', 'c', 'd']);
    expect(r.hidden).toBe(1);
    expect(ids(filterIncidents(rows, { ...ALL_INCIDENTS, to: '2026-04-14' }))).toEqual(['a']);
    expect(ids(filterIncidents(rows, { ...ALL_INCIDENTS, from: '2026-06-15' }))).toEqual([]);
  });

  it('hides an incident only when every one of its kinds of harm is unticked', () => {
    const r = filterIncidents(rows, { ...ALL_INCIDENTS, hiddenKinds: ['violence'] });
    expect(ids(r)).toEqual(['a', 'b', 'c']);
    const both = filterIncidents(rows, { ...ALL_INCIDENTS, hiddenKinds: ['violence', 'cce'] });
    expect(ids(both)).toEqual(['a', 'c']);
    expect(both.hidden).toBe(2);
  });

  it('applies time and kind together', () => {
    const r = filterIncidents(rows, {
      from: '2026-04-01',
      to: null,
      hiddenKinds: ['bullying'],
    });
    expect(ids(r)).toEqual(['b', 'd']);
    expect(r.hidden).toBe(2);
  });
});

describe('the time slider', () => {
  it('spans the first to the last day with an incident', () => {
    expect(incidentSpan(rows)).toEqual({ first: '2026-03-01', last: '2026-06-14', days: 105 });
    expect(incidentSpan([])).toBeNull();
  });

  it('says the range in words, open ends meaning the span', () => {
    const span = incidentSpan(rows)!;
    expect(rangeInWords(rangeOf(ALL_INCIDENTS, span))).toBe('1 Mar 2026 – 14 Jun 2026');
    expect(rangeInWords(rangeOf({ ...ALL_INCIDENTS, from: '2026-04-02' }, span))).toBe(
      '2 Apr 2026 – 14 Jun 2026',
    );
    expect(rangeInWords({ from: '2026-06-14', to: '2026-06-14' })).toBe('14 Jun 2026');
    // A filter set before the span shrank (incidents deleted) stays inside it.
    expect(rangeOf({ ...ALL_INCIDENTS, from: '2025-01-01', to: '2027-01-01' }, span)).toEqual({
      from: '2026-03-01',
      to: '2026-06-14',
    });
  });
});

describe('occurredAtProblem', () => {
  const now = new Date(2026, 5, 14, 21, 30);

  it('accepts a past or present local date and time', () => {
    expect(occurredAtProblem('2026-06-14T21:30', now)).toBeNull();
    expect(occurredAtProblem('2025-12-31T23:59', now)).toBeNull();
    expect(localNow(now)).toBe('2026-06-14T21:30');
  });

  it('refuses an empty, impossible or future one with a plain message', () => {
    expect(occurredAtProblem('', now)).toBe('Enter the date and time of the incident');
    expect(occurredAtProblem('2026-02-30T10:00', now)).toMatch(/not a real date and time/);
    expect(occurredAtProblem('2026-06-01T24:00', now)).toMatch(/not a real date and time/);
    expect(occurredAtProblem('14/06/2026 21:00', now)).toMatch(/not a real date and time/);
    expect(occurredAtProblem('2026-06-14T21:31', now)).toBe(
      'An incident cannot be in the future; check the date and time',
    );
    expect(occurredAtProblem('2027-06-14T09:00', now)).toMatch(/future/);
  });
});
