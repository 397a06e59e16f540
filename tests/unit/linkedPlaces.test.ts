import { describe, expect, it } from 'vitest';
import { newMembership } from '../../src/domain/kinds/membership';
import { newPlace } from '../../src/domain/kinds/place';
import { newPlaceLink } from '../../src/domain/kinds/placeLink';
import { placesLinkedTo, subjectsLinkedTo } from '../../src/domain/linkedPlaces';
import { placeFeatures } from '../../src/features/map/mapModel';

const B = 'b1';
const point = (x: number): { type: 'Point'; coordinates: [number, number] } => ({
  type: 'Point',
  coordinates: [x, 53],
});
const places = [
  newPlace('park', B, { name: 'Kestrel Park', kind: 'park', geometry: point(0) }),
  newPlace('school', B, { name: 'Academy', kind: 'school', geometry: point(1) }),
  newPlace('shop', B, { name: 'Golden Fry', kind: 'shop', geometry: point(2) }),
  newPlace('chat', B, { name: 'Group chat', kind: 'online', geometry: null }),
];
const placeLinks = [
  newPlaceLink('l1', B, {
    placeId: 'park',
    subjectKind: 'person',
    subjectId: 'ali',
    kind: 'frequents',
  }),
  newPlaceLink('l2', B, {
    placeId: 'school',
    subjectKind: 'person',
    subjectId: 'bea',
    kind: 'attends',
  }),
  newPlaceLink('l3', B, {
    placeId: 'shop',
    subjectKind: 'group',
    subjectId: 'g1',
    kind: 'frequents',
  }),
  newPlaceLink('l4', B, {
    placeId: 'chat',
    subjectKind: 'person',
    subjectId: 'ali',
    kind: 'frequents',
  }),
];
const memberships = [newMembership('m1', B, 'g1', 'bea')];
const content = { places, placeLinks, memberships };

describe('linked highlighting', () => {
  it("lights up a person's own places only", () => {
    expect(placesLinkedTo({ people: ['ali'], groups: [] }, content)).toEqual(
      new Set(['park', 'chat']),
    );
  });

  it("lights up a group's places and its members' places", () => {
    expect(placesLinkedTo({ people: [], groups: ['g1'] }, content)).toEqual(
      new Set(['shop', 'school']),
    );
  });

  it('lights up nothing when nothing is selected', () => {
    expect(placesLinkedTo({ people: [], groups: [] }, content).size).toBe(0);
  });

  it('finds the people and groups of selected places', () => {
    const { people, groups } = subjectsLinkedTo(['park', 'shop'], content);
    expect([...people]).toEqual(['ali']);
    expect([...groups]).toEqual(['g1']);
  });

  it('draws only places with a shape in the map space, lit or faded by the selection', () => {
    const features = placeFeatures(
      content,
      { people: ['ali'], groups: [], places: [] },
      'geo',
      (s) => s,
    );
    expect(features.map((f) => f.id)).toEqual(['park', 'school', 'shop']);
    expect(features.map((f) => [f.id, f.linked, f.dimmed])).toEqual([
      ['park', true, false],
      ['school', false, true],
      ['shop', false, true],
    ]);
    expect(
      placeFeatures(content, { people: [], groups: [], places: [] }, 'image', (s) => s),
    ).toEqual([]);
  });

  it('masks place names with the names policy', () => {
    const features = placeFeatures(
      content,
      { people: [], groups: [], places: ['park'] },
      'geo',
      (s) => s.replace('Kestrel', 'K.'),
    );
    expect(features[0]).toMatchObject({ label: 'K. Park', selected: true, dimmed: false });
  });
});
