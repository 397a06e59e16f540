import { associationKinds } from '../vocabulary';
import { indexLinks, type BoardLinks } from './boardLinks';

const protectiveKinds = new Set<string>(
  associationKinds.filter((k) => k.protective).map((k) => k.key),
);

/** A group whose remaining members would no longer all be linked to one another, in its parts. */
export interface SplitGroup {
  groupId: string;
  parts: string[][];
}

export interface PlaceGoneTo {
  placeId: string;
  /** How many of the people concerned are also linked to it. */
  people: number;
}

export interface WhatIf {
  /** Young people whose every protective or trusted association is to who (or what) is removed. */
  loseOnlyProtectiveLink: string[];
  /** Young people whose every safe place is the one closed. */
  loseOnlySafePlace: string[];
  groupsSplit: SplitGroup[];
  /** Places where the person moved away is named as a guardian, with how many guardians remain. */
  placesLosingGuardian: { placeId: string; remaining: number }[];
  /** Other places the same people are linked to, most shared first: where harm may move. */
  alsoGoTo: PlaceGoneTo[];
}

/** The connected parts of `members` using only associations among them. */
function parts(members: readonly string[], neighbours: Map<string, Set<string>>): string[][] {
  const inGroup = new Set(members);
  const seen = new Set<string>();
  const found: string[][] = [];
  for (const start of members) {
    if (seen.has(start)) continue;
    const part: string[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const v = queue.pop()!;
      part.push(v);
      for (const w of neighbours.get(v) ?? [])
        if (inGroup.has(w) && !seen.has(w)) {
          seen.add(w);
          queue.push(w);
        }
    }
    found.push(part.sort());
  }
  return found.sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!));
}

function neighbourMap(board: BoardLinks): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const a of board.associations) {
    for (const [x, y] of [
      [a.fromId, a.toId],
      [a.toId, a.fromId],
    ] as const) {
      const set = map.get(x);
      if (set) set.add(y);
      else map.set(x, new Set([y]));
    }
  }
  return map;
}

const youngPeople = (board: BoardLinks) =>
  new Set(board.people.filter((p) => p.kind === 'young-person').map((p) => p.id));

function rankPlaces(
  concerned: Iterable<string>,
  placesOf: Map<string, Set<string>>,
  leaveOut: string | null,
): PlaceGoneTo[] {
  const counts = new Map<string, number>();
  for (const person of concerned)
    for (const place of placesOf.get(person) ?? [])
      if (place !== leaveOut) counts.set(place, (counts.get(place) ?? 0) + 1);
  return [...counts.entries()]
    .map(([placeId, people]) => ({ placeId, people }))
    .sort((a, b) => b.people - a.people || a.placeId.localeCompare(b.placeId));
}

const normal = (name: string) => name.trim().toLocaleLowerCase('en-GB');

/**
 * If `personId` moved away (relocation, exclusion): what the board says they hold together.
 * Nothing is changed: this reads the board as it is and describes a board without them.
 */
export function whatIfPersonMoves(board: BoardLinks, personId: string): WhatIf {
  const { membersOf, groupsOf, placesOf } = indexLinks(board);
  const young = youngPeople(board);
  const protectiveWith = new Map<string, Set<string>>();
  for (const a of board.associations) {
    if (!protectiveKinds.has(a.kind)) continue;
    for (const [x, y] of [
      [a.fromId, a.toId],
      [a.toId, a.fromId],
    ] as const) {
      const set = protectiveWith.get(x);
      if (set) set.add(y);
      else protectiveWith.set(x, new Set([y]));
    }
  }
  const loseOnlyProtectiveLink = [...(protectiveWith.get(personId) ?? [])]
    .filter((p) => young.has(p) && protectiveWith.get(p)!.size === 1)
    .sort();

  const neighbours = neighbourMap(board);
  const groupsSplit: SplitGroup[] = [];
  for (const groupId of [...(groupsOf.get(personId) ?? [])].sort()) {
    const members = [...(membersOf.get(groupId) ?? [])];
    const before = parts(members, neighbours).length;
    const after = parts(
      members.filter((m) => m !== personId),
      neighbours,
    );
    if (after.length > before) groupsSplit.push({ groupId, parts: after });
  }

  const name = board.people.find((p) => p.id === personId)?.displayName;
  const placesLosingGuardian = name
    ? board.places
        .filter((pl) => pl.guardians.some((g) => normal(g.name) === normal(name)))
        .map((pl) => ({
          placeId: pl.id,
          remaining: pl.guardians.filter((g) => normal(g.name) !== normal(name)).length,
        }))
    : [];

  // Where the person and those linked to them also go: their own places, most shared first.
  const concerned = [personId, ...(neighbours.get(personId) ?? [])];
  return {
    loseOnlyProtectiveLink,
    loseOnlySafePlace: [],
    groupsSplit,
    placesLosingGuardian,
    alsoGoTo: rankPlaces(concerned, placesOf, null),
  };
}

/**
 * If `placeId` closed (a dispersal order, a shop shut): who loses their only safe place, and
 * where the people linked to it also go, which is where harm may move.
 */
export function whatIfPlaceCloses(board: BoardLinks, placeId: string): WhatIf {
  const { membersOf, peopleAt, placesOf } = indexLinks(board);
  const young = youngPeople(board);
  const safePlaces = new Map<string, Set<string>>();
  for (const link of board.placeLinks) {
    if (link.kind !== 'safe-place') continue;
    const people =
      link.subjectKind === 'person' ? [link.subjectId] : [...(membersOf.get(link.subjectId) ?? [])];
    for (const p of people) {
      const set = safePlaces.get(p);
      if (set) set.add(link.placeId);
      else safePlaces.set(p, new Set([link.placeId]));
    }
  }
  const loseOnlySafePlace = [...safePlaces.entries()]
    .filter(([p, places]) => young.has(p) && places.size === 1 && places.has(placeId))
    .map(([p]) => p)
    .sort();
  return {
    loseOnlyProtectiveLink: [],
    loseOnlySafePlace,
    groupsSplit: [],
    placesLosingGuardian: [],
    alsoGoTo: rankPlaces(peopleAt.get(placeId) ?? [], placesOf, placeId),
  };
}
