import { describe, expect, it, vi } from 'vitest';
import { formatDate } from '../../src/domain/dates';
import { middleOf } from '../../src/domain/geo';
import { newIncident } from '../../src/domain/kinds/incident';
import { newPlace } from '../../src/domain/kinds/place';
import type { Incident } from '../../src/domain/kinds/incident';
import type { Place } from '../../src/domain/kinds/place';
import { incidentLabel, incidentMarkers } from '../../src/features/incidents/incidentMarkers';

// Pass-through spies, so the test can count the work done per incident.
vi.mock('../../src/domain/dates', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/dates')>();
  return { ...actual, formatDate: vi.fn(actual.formatDate) };
});
vi.mock('../../src/domain/geo', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/domain/geo')>();
  return { ...actual, middleOf: vi.fn(actual.middleOf) };
});

const places: Place[] = [
  newPlace('stairs', 'b1', {
    name: 'Tannery Court stairwell',
    kind: 'estate',
    geometry: { type: 'Point', coordinates: [-1.4951, 53.3987] },
  }),
  newPlace('park', 'b1', {
    name: 'Kestrel Park',
    kind: 'park',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [-1.5, 53.4],
          [-1.49, 53.4],
          [-1.49, 53.41],
          [-1.5, 53.41],
          [-1.5, 53.4],
        ],
      ],
    },
  }),
  newPlace('chat', 'b1', { name: 'Year 10 group chat', kind: 'online', geometry: null }),
  newPlace('plan', 'b1', {
    name: 'Sports hall',
    kind: 'school',
    geometry: { type: 'Point', coordinates: [120, 340] },
    coordinateSpace: 'image',
  }),
];

const incident = (id: string, fields: Partial<Incident>) =>
  newIncident(id, 'b1', { occurredAt: '2026-06-14T21:30', harmKinds: ['cse'], ...fields });

describe('incidentMarkers', () => {
  it('draws an incident at a place at the middle of the place, and one at a point there', () => {
    const markers = incidentMarkers(
      [
        incident('i1', { placeId: 'stairs' }),
        incident('i2', { placeId: 'park' }),
        incident('i3', { point: [-1.4975, 53.4012] }),
      ],
      places,
      'geo',
    );
    expect(markers.map((m) => m.id)).toEqual(['i1', 'i2', 'i3']);
    expect(markers[0]!.at).toEqual([-1.4951, 53.3987]);
    expect(markers[1]!.at[0]).toBeCloseTo(-1.495, 9);
    expect(markers[1]!.at[1]).toBeCloseTo(53.405, 9);
    expect(markers[2]!.at).toEqual([-1.4975, 53.4012]);
  });

  it('leaves out what has no spot on this map: online spaces, other coordinates, bad points', () => {
    const markers = incidentMarkers(
      [
        incident('online', { placeId: 'chat' }),
        incident('on-plan', { placeId: 'plan' }),
        incident('nowhere', { point: [500, 340] }),
      ],
      places,
      'geo',
    );
    expect(markers).toEqual([]);
    const onImage = incidentMarkers([incident('on-plan', { placeId: 'plan' })], places, 'image');
    expect(onImage.map((m) => m.at)).toEqual([[120, 340]]);
  });

  it('keeps an incident whose place is gone where it was, if it has a point', () => {
    const markers = incidentMarkers(
      [incident('i1', { placeId: 'deleted-elsewhere', point: [-1.49, 53.4] })],
      places,
      'geo',
    );
    expect(markers.map((m) => m.at)).toEqual([[-1.49, 53.4]]);
  });

  it('labels a marker with when and what, never with the people involved', () => {
    const i = incident('i1', {
      placeId: 'stairs',
      harmKinds: ['cce', 'violence'],
      involved: [{ personId: 'p1', role: 'harmed' }],
      notes: 'Amira seen with Lee',
    });
    expect(incidentLabel(i)).toBe(
      'Incident, 14 Jun 2026, 21:30: Criminal exploitation, Serious youth violence',
    );
    expect(incidentMarkers([i], places, 'geo')[0]!.label).not.toMatch(/Amira|Lee|p1/);
  });

  // How long this takes is the benchmark's to measure (mapReady draws 10,000 incidents); here the
  // work is counted, which does not depend on how busy the machine is: each place's middle is
  // worked out once, and each day put into words once, however many incidents share them.
  it('maps 10,000 incidents with work per place and per day, not per incident', () => {
    const days = Array.from({ length: 30 }, (_, n) => `2025-01-${String(n + 1).padStart(2, '0')}`);
    const many = Array.from({ length: 10_000 }, (_, n) =>
      incident(`i${n}`, {
        occurredAt: `${days[n % days.length]}T${String(n % 24).padStart(2, '0')}:15`,
        ...(n % 3 === 0 ? { point: [-1.5, 53.4] } : { placeId: 'park' }),
      }),
    );
    const middles = vi.mocked(middleOf).mock.calls.length;
    const dayNames = vi.mocked(formatDate).mock.calls.length;
    const markers = incidentMarkers(many, places, 'geo');
    expect(markers).toHaveLength(10_000);
    expect(markers[0]!.at).toEqual([-1.5, 53.4]);
    expect(markers[1]!.label).toBe('Incident, 2 Jan 2025, 01:15: Child sexual exploitation');
    expect(markers[1]!.at).toEqual(markers[2]!.at);
    // One middle for each place with a shape on this map: the stairwell and the park.
    expect(vi.mocked(middleOf).mock.calls.length - middles).toBe(2);
    expect(vi.mocked(formatDate).mock.calls.length - dayNames).toBeLessThanOrEqual(days.length);
  });
});
