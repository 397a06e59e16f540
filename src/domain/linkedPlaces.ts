import type { Membership } from './kinds/membership';
import type { PlaceLink } from './kinds/placeLink';

interface Links {
  placeLinks: readonly PlaceLink[];
  memberships: readonly Membership[];
}

/**
 * The places that light up on the map for what is selected in the network: a person's own places,
 * a group's places and the places of all its members.
 */
export function placesLinkedTo(
  selected: { people: readonly string[]; groups: readonly string[] },
  { placeLinks, memberships }: Links,
): Set<string> {
  const out = new Set<string>();
  if (selected.people.length === 0 && selected.groups.length === 0) return out;
  const people = new Set(selected.people);
  const groups = new Set(selected.groups);
  for (const m of memberships) if (groups.has(m.groupId)) people.add(m.personId);
  for (const l of placeLinks) {
    if (l.subjectKind === 'person' ? people.has(l.subjectId) : groups.has(l.subjectId))
      out.add(l.placeId);
  }
  return out;
}

/** The people and groups that light up in the network for places selected on the map. */
export function subjectsLinkedTo(
  places: readonly string[],
  { placeLinks }: Pick<Links, 'placeLinks'>,
): { people: Set<string>; groups: Set<string> } {
  const people = new Set<string>();
  const groups = new Set<string>();
  if (places.length === 0) return { people, groups };
  const chosen = new Set(places);
  for (const l of placeLinks) {
    if (!chosen.has(l.placeId)) continue;
    (l.subjectKind === 'person' ? people : groups).add(l.subjectId);
  }
  return { people, groups };
}
