import { describe, expect, it } from 'vitest';
import type { PersonNode } from '../../src/adapters/cytoscape/elements';
import { newPosition } from '../../src/domain/kinds/position';
import { placeNodes } from '../../src/features/network/placeNodes';
import { samplePlace, samplePlaceLink } from './sampleRecords';

const B = 'b1';
const person = (id: string, x: number, y: number): PersonNode => ({
  id,
  label: id,
  kind: 'young-person',
  risk: 'none',
  harmRole: 'not-known',
  groupRole: 'not-known',
  pinned: false,
  x,
  y,
});

/** Two nodes whose sign (or circle) and name, drawn under them, would overlap. */
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < 170 && Math.abs(a.y - b.y) < 80;

describe('Show places lays the signs out', () => {
  // A tight cluster with people above and beside where the signs would first go.
  const people = [
    person('ali', 0, 0),
    person('bea', 120, 0),
    person('cal', 60, -160),
    person('dev', 240, -160),
  ];
  const places = ['park', 'shop', 'school', 'bus', 'flat'].map((id) => samplePlace(id, B));
  const placeLinks = [
    samplePlaceLink('l1', B, 'park', 'ali'),
    samplePlaceLink('l2', B, 'shop', 'ali'),
    samplePlaceLink('l3', B, 'school', 'bea'),
    samplePlaceLink('l4', B, 'park', 'bea'),
  ];
  const { places: signs } = placeNodes(
    { places, placeLinks, positions: [], memberships: [] },
    people,
    (t) => t,
  );

  it('covering no one and no other sign', () => {
    expect(signs).toHaveLength(5);
    for (const s of signs) for (const p of people) expect(overlap(s, p)).toBe(false);
    for (const [i, a] of signs.entries())
      for (const b of signs.slice(i + 1)) expect(overlap(a, b)).toBe(false);
  });

  it('clear of notes on the diagram too', () => {
    const note = { x: 60, y: -320 };
    const { places: around } = placeNodes(
      { places, placeLinks, positions: [], memberships: [] },
      people,
      (t) => t,
      [note],
    );
    for (const s of around) expect(overlap(s, note)).toBe(false);
  });

  it('near the people they concern', () => {
    const park = signs.find((s) => s.id === 'park')!;
    expect(Math.hypot(park.x - 60, park.y + 160)).toBeLessThan(500);
  });

  it('leaving a place the chair has put somewhere where it is', () => {
    const { places: kept } = placeNodes(
      {
        places,
        placeLinks,
        positions: [{ ...newPosition(B, 'park', 10, 10), nodeKind: 'place' }],
        memberships: [],
      },
      people,
      (t) => t,
    );
    expect(kept.find((s) => s.id === 'park')).toMatchObject({ x: 10, y: 10 });
  });
});
