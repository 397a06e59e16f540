import type { Association } from '../../kinds/association';
import type { Incident } from '../../kinds/incident';
import type { Person } from '../../kinds/person';
import type { Place } from '../../kinds/place';

/**
 * What an import needs to know of the board it goes into: who and what is there already, to
 * find the people an association names, the place of an incident, and likely duplicates. Plain
 * data, so it can be sent to the worker that reads the rows.
 */
export interface BoardIndex {
  boardId: string;
  people: readonly Pick<Person, 'id' | 'displayName' | 'fullName' | 'reference' | 'dateOfBirth'>[];
  places: readonly Pick<Place, 'id' | 'name' | 'reference'>[];
  incidents: readonly Pick<Incident, 'id' | 'reference'>[];
  associations: readonly Pick<Association, 'id' | 'fromId' | 'toId' | 'kind'>[];
}

/** Just the fields an import reads, from the board's records. */
export function boardIndexOf(content: {
  board: { id: string };
  people: readonly Person[];
  places: readonly Place[];
  incidents: readonly Incident[];
  associations: readonly Association[];
}): BoardIndex {
  return {
    boardId: content.board.id,
    people: content.people.map(({ id, displayName, fullName, reference, dateOfBirth }) => ({
      id,
      displayName,
      fullName,
      reference: reference ?? '',
      dateOfBirth,
    })),
    places: content.places.map(({ id, name, reference }) => ({
      id,
      name,
      reference: reference ?? '',
    })),
    incidents: content.incidents.map(({ id, reference }) => ({ id, reference: reference ?? '' })),
    associations: content.associations.map(({ id, fromId, toId, kind }) => ({
      id,
      fromId,
      toId,
      kind,
    })),
  };
}

/** A name or reference compared without case or extra spaces. */
export const nameKey = (text: string): string =>
  text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** A record found, or why not: `ambiguous` when several have that name. */
export type Found = { id: string } | { problem: string; ambiguous?: boolean };

/**
 * Finds records by reference first, then by name. A name two records share is not guessed
 * between: the message asks for the reference.
 */
export function finder<R extends { id: string; reference: string }>(
  records: readonly R[],
  namesOf: (r: R) => readonly string[],
  what: { one: string; many: string; missing: (text: string) => string },
): (text: string) => Found {
  const byRef = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    if (!list.includes(id)) list.push(id);
    map.set(key, list);
  };
  for (const r of records) {
    add(byRef, nameKey(r.reference), r.id);
    for (const n of namesOf(r)) add(byName, nameKey(n), r.id);
  }
  return (text) => {
    const key = nameKey(text);
    const ids = byRef.get(key) ?? byName.get(key) ?? [];
    if (ids.length === 1) return { id: ids[0]! };
    if (ids.length > 1)
      return {
        ambiguous: true,
        problem: `${ids.length} ${what.many} on the board are called “${text.trim()}”: give the ${what.one}’s reference instead`,
      };
    return { problem: what.missing(text.trim()) };
  };
}

export const personFinder = (index: BoardIndex) =>
  finder(index.people, (p) => [p.displayName, p.fullName], {
    one: 'person',
    many: 'people',
    missing: (t) => `no one called “${t}” (or with that case reference) is on this board`,
  });

export const placeFinder = (index: BoardIndex) =>
  finder(index.places, (p) => [p.name], {
    one: 'place',
    many: 'places',
    missing: (t) =>
      `there is no place called “${t}” (or with that reference) on this board: import the places first, or give a latitude and longitude`,
  });
