import type { Association } from '../kinds/association';
import type { Membership } from '../kinds/membership';
import type { Person } from '../kinds/person';
import type { Place } from '../kinds/place';
import type { PlaceLink } from '../kinds/placeLink';

/** What the place and what-if analyses read of a board. */
export interface BoardLinks {
  people: readonly Pick<Person, 'id' | 'kind' | 'displayName'>[];
  associations: readonly Pick<Association, 'id' | 'fromId' | 'toId' | 'kind'>[];
  groups: readonly { id: string }[];
  memberships: readonly Pick<Membership, 'groupId' | 'personId'>[];
  places: readonly Pick<Place, 'id' | 'guardians'>[];
  placeLinks: readonly Pick<PlaceLink, 'placeId' | 'subjectKind' | 'subjectId' | 'kind'>[];
}

const add = <K, V>(map: Map<K, Set<V>>, key: K, value: V) => {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
};

/** Indexes over a board's links, built once per question (each is one pass over the records). */
export function indexLinks(board: BoardLinks) {
  const membersOf = new Map<string, Set<string>>();
  const groupsOf = new Map<string, Set<string>>();
  for (const m of board.memberships) {
    add(membersOf, m.groupId, m.personId);
    add(groupsOf, m.personId, m.groupId);
  }
  /** Each place's people: linked directly, or through a group they belong to. */
  const peopleAt = new Map<string, Set<string>>();
  /** Each person's places, by the same rule, with the kinds of link. */
  const placesOf = new Map<string, Set<string>>();
  for (const link of board.placeLinks) {
    const people =
      link.subjectKind === 'person' ? [link.subjectId] : [...(membersOf.get(link.subjectId) ?? [])];
    for (const p of people) {
      add(peopleAt, link.placeId, p);
      add(placesOf, p, link.placeId);
    }
  }
  return { membersOf, groupsOf, peopleAt, placesOf };
}
