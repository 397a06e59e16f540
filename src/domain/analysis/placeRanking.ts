import type { Incident } from '../kinds/incident';
import type { HarmKind } from '../vocabulary';
import { indexLinks, type BoardLinks } from './boardLinks';

export interface PlaceRankingOptions {
  /** Incidents from this date (inclusive, YYYY-MM-DD), or all. */
  from?: string | null;
  /** Incidents up to this date (inclusive), or all. */
  to?: string | null;
  /** Only incidents of this kind of harm, or every kind. */
  harmKind?: HarmKind | null;
}

export interface RankedPlace {
  placeId: string;
  incidents: number;
  /** Groups linked to the place. */
  groups: number;
  /** Young people linked to it, directly or through a group. */
  youngPeople: number;
}

/**
 * Places ranked by the incidents recorded there (in a period, of a kind of harm), then by how
 * many groups and young people they join. Only what is recorded here: a place with no incidents
 * recorded may simply be one nobody reported.
 */
export function rankPlaces(
  board: BoardLinks & {
    incidents: readonly Pick<Incident, 'placeId' | 'occurredAt' | 'harmKinds'>[];
  },
  options: PlaceRankingOptions = {},
): RankedPlace[] {
  const { peopleAt } = indexLinks(board);
  const young = new Set(board.people.filter((p) => p.kind === 'young-person').map((p) => p.id));
  const incidents = new Map<string, number>();
  for (const i of board.incidents) {
    if (!i.placeId) continue;
    const day = i.occurredAt.slice(0, 10);
    if (options.from && day < options.from) continue;
    if (options.to && day > options.to) continue;
    if (options.harmKind && !i.harmKinds.includes(options.harmKind)) continue;
    incidents.set(i.placeId, (incidents.get(i.placeId) ?? 0) + 1);
  }
  const groups = new Map<string, Set<string>>();
  for (const link of board.placeLinks)
    if (link.subjectKind === 'group') {
      const set = groups.get(link.placeId) ?? new Set<string>();
      set.add(link.subjectId);
      groups.set(link.placeId, set);
    }
  return board.places
    .map((p) => ({
      placeId: p.id,
      incidents: incidents.get(p.id) ?? 0,
      groups: groups.get(p.id)?.size ?? 0,
      youngPeople: [...(peopleAt.get(p.id) ?? [])].filter((id) => young.has(id)).length,
    }))
    .sort(
      (a, b) =>
        b.incidents - a.incidents ||
        b.groups - a.groups ||
        b.youngPeople - a.youngPeople ||
        a.placeId.localeCompare(b.placeId),
    );
}

export interface CoLocation {
  placeId: string;
  /** Two young people linked to the place with no association recorded between them. */
  pair: [string, string];
}

/** At most this many prompts per place: a busy school would otherwise list thousands of pairs. */
const PER_PLACE = 20;

/**
 * Prompts, not findings: young people who share a place but have no recorded link. A chair may ask
 * whether they know each other; many will simply go to the same school.
 */
export function coLocations(board: BoardLinks, perPlace = PER_PLACE): CoLocation[] {
  const { peopleAt } = indexLinks(board);
  const young = new Set(board.people.filter((p) => p.kind === 'young-person').map((p) => p.id));
  const linked = new Set<string>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const a of board.associations) linked.add(pairKey(a.fromId, a.toId));
  const found: CoLocation[] = [];
  for (const place of board.places) {
    const there = [...(peopleAt.get(place.id) ?? [])].filter((p) => young.has(p)).sort();
    let count = 0;
    for (let i = 0; i < there.length && count < perPlace; i++)
      for (let j = i + 1; j < there.length && count < perPlace; j++)
        if (!linked.has(pairKey(there[i]!, there[j]!))) {
          found.push({ placeId: place.id, pair: [there[i]!, there[j]!] });
          count++;
        }
  }
  return found;
}
