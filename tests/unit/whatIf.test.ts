import { describe, expect, it } from 'vitest';
import type { BoardLinks } from '../../src/domain/analysis/boardLinks';
import { coLocations, rankPlaces } from '../../src/domain/analysis/placeRanking';
import { whatIfPersonMoves, whatIfPlaceCloses } from '../../src/domain/analysis/whatIf';
import type { HarmKind } from '../../src/domain/vocabulary';

// A fictional Harrowfield board: Ash is the only trusted adult of Bo and one of two for Cy; the
// Canal lot group (Bo, Cy, Dee, Eli) hangs together only through Dee; Dee is also a guardian at
// the youth club. Fin is in no group and has no links at all.
const person = (id: string, kind = 'young-person', displayName = id) => ({ id, kind, displayName });
const board: BoardLinks & {
  incidents: { placeId: string | null; occurredAt: string; harmKinds: HarmKind[] }[];
} = {
  people: [
    person('ash', 'professional', 'Ash Youth Worker'),
    person('bo'),
    person('cy'),
    person('dee', 'young-person', 'Dee Marsh'),
    person('eli'),
    person('fin'),
    person('gus', 'professional'),
  ] as BoardLinks['people'],
  associations: [
    { id: 'a1', fromId: 'ash', toId: 'bo', kind: 'protective' },
    { id: 'a2', fromId: 'ash', toId: 'cy', kind: 'protective' },
    { id: 'a3', fromId: 'gus', toId: 'cy', kind: 'protective' },
    { id: 'a4', fromId: 'bo', toId: 'dee', kind: 'friendship' },
    { id: 'a5', fromId: 'cy', toId: 'dee', kind: 'friendship' },
    { id: 'a6', fromId: 'dee', toId: 'eli', kind: 'exploitation' },
    { id: 'a7', fromId: 'bo', toId: 'cy', kind: 'friendship' },
  ] as BoardLinks['associations'],
  groups: [{ id: 'canal' }],
  memberships: ['bo', 'cy', 'dee', 'eli'].map((personId) => ({ groupId: 'canal', personId })),
  places: [
    { id: 'park', guardians: [] },
    {
      id: 'club',
      guardians: [
        { name: 'dee marsh ', role: 'volunteer' },
        { name: 'Rae', role: '' },
      ],
    },
    { id: 'shop', guardians: [] },
    { id: 'library', guardians: [] },
  ],
  placeLinks: [
    { placeId: 'park', subjectKind: 'group', subjectId: 'canal', kind: 'frequents' },
    { placeId: 'club', subjectKind: 'person', subjectId: 'bo', kind: 'safe-place' },
    { placeId: 'library', subjectKind: 'person', subjectId: 'cy', kind: 'safe-place' },
    { placeId: 'club', subjectKind: 'person', subjectId: 'cy', kind: 'safe-place' },
    { placeId: 'shop', subjectKind: 'person', subjectId: 'dee', kind: 'frequents' },
    { placeId: 'shop', subjectKind: 'person', subjectId: 'eli', kind: 'frequents' },
    { placeId: 'club', subjectKind: 'person', subjectId: 'fin', kind: 'frequents' },
  ] as BoardLinks['placeLinks'],
  incidents: [
    { placeId: 'shop', occurredAt: '2026-10-02T21:00', harmKinds: ['cce'] },
    { placeId: 'shop', occurredAt: '2026-11-12T22:00', harmKinds: ['cce', 'violence'] },
    { placeId: 'park', occurredAt: '2026-11-20T16:00', harmKinds: ['violence'] },
    { placeId: null, occurredAt: '2026-11-21T16:00', harmKinds: ['violence'] },
  ],
};

describe('what if a person moves away', () => {
  it('names the young people whose only trusted link goes with them', () => {
    const r = whatIfPersonMoves(board, 'ash');
    // Bo's only protective link is Ash; Cy still has Gus.
    expect(r.loseOnlyProtectiveLink).toEqual(['bo']);
    expect(r.groupsSplit).toEqual([]);
  });

  it('shows a group that would split, in its parts, and the places that lose a guardian', () => {
    const r = whatIfPersonMoves(board, 'dee');
    // Eli is linked to the Canal lot only through Dee.
    expect(r.groupsSplit).toEqual([{ groupId: 'canal', parts: [['bo', 'cy'], ['eli']] }]);
    // Named (in other spacing and case) as a guardian of the youth club, one guardian remains.
    expect(r.placesLosingGuardian).toEqual([{ placeId: 'club', remaining: 1 }]);
    expect(r.loseOnlyProtectiveLink).toEqual([]);
    // Dee's places and those of the people linked to Dee: the park (the whole group) first.
    expect(r.alsoGoTo[0]).toEqual({ placeId: 'park', people: 4 });
  });

  it('says nothing is lost for a person in no group and with no links', () => {
    const r = whatIfPersonMoves(board, 'fin');
    expect(r).toMatchObject({
      loseOnlyProtectiveLink: [],
      groupsSplit: [],
      placesLosingGuardian: [],
    });
    expect(r.alsoGoTo).toEqual([{ placeId: 'club', people: 1 }]);
  });
});

describe('what if a place closes', () => {
  it('names who loses their only safe place, and where the same people also go', () => {
    const r = whatIfPlaceCloses(board, 'club');
    // Bo's only safe place is the club; Cy also has the library.
    expect(r.loseOnlySafePlace).toEqual(['bo']);
    const shop = whatIfPlaceCloses(board, 'shop');
    // Dee and Eli, who use the shop, are also at the park with their group.
    expect(shop.alsoGoTo).toEqual([{ placeId: 'park', people: 2 }]);
  });
});

describe('places ranked', () => {
  it('ranks by incidents (in a period, of a kind), then groups and young people joined', () => {
    expect(rankPlaces(board).map((p) => [p.placeId, p.incidents, p.groups, p.youngPeople])).toEqual(
      [
        ['shop', 2, 0, 2],
        ['park', 1, 1, 4],
        ['club', 0, 0, 3],
        ['library', 0, 0, 1],
      ],
    );
    const november = rankPlaces(board, { from: '2026-11-01', to: '2026-11-30' });
    // One each in November: the park joins a group, so it comes first.
    expect(november.slice(0, 2).map((p) => [p.placeId, p.incidents])).toEqual([
      ['park', 1],
      ['shop', 1],
    ]);
    const violence = rankPlaces(board, { harmKind: 'violence' });
    expect(violence.filter((p) => p.incidents > 0).map((p) => p.placeId)).toEqual(['park', 'shop']);
  });

  it('prompts for young people who share a place with no recorded link', () => {
    // At the club: Bo, Cy and Fin; Bo and Cy are linked, Fin is linked to neither.
    expect(
      coLocations(board)
        .filter((c) => c.placeId === 'club')
        .map((c) => c.pair),
    ).toEqual([
      ['bo', 'fin'],
      ['cy', 'fin'],
    ]);
    // At the park the group's pairs: Bo–Eli and Cy–Eli have no link of their own.
    expect(
      coLocations(board)
        .filter((c) => c.placeId === 'park')
        .map((c) => c.pair),
    ).toEqual([
      ['bo', 'eli'],
      ['cy', 'eli'],
    ]);
  });
});
