import type { Association } from '../kinds/association';
import type { Incident } from '../kinds/incident';
import type { HarmKind } from '../vocabulary';
import { indexLinks, type BoardLinks } from './boardLinks';
import { rankPlaces, type RankedPlace } from './placeRanking';

export interface ProfileBoard extends BoardLinks {
  associations: readonly Pick<
    Association,
    'id' | 'fromId' | 'toId' | 'kind' | 'confidence' | 'firstReported' | 'lastReported'
  >[];
  incidents: readonly Pick<Incident, 'placeId' | 'occurredAt' | 'harmKinds' | 'involved'>[];
}

export interface ProfilePlace extends RankedPlace {
  /** Incidents at the place by hour of the day (0–23). */
  byHour: number[];
  /** Which of the boards (their order as given) the place is on: places are never merged. */
  board: number;
}

export interface ProfileGroup {
  groupId: string;
  /** Which of the boards (their order as given) the group is on. */
  board: number;
  members: number;
  /** Kinds of harm of the incidents its members were involved in, with how many incidents. */
  harms: Partial<Record<HarmKind, number>>;
  /** Kinds of association recorded between its members and anyone, with how many. */
  associationKinds: Record<string, number>;
}

export interface ProblemProfile {
  /** Incidents per month (YYYY-MM, every month of the span) and kind of harm. */
  harmsByMonth: { month: string; counts: Partial<Record<HarmKind, number>> }[];
  places: ProfilePlace[];
  groups: ProfileGroup[];
  /** Young people involved in incidents of each kind of harm (ids: named only if chosen). */
  youngPeopleByHarm: Partial<Record<HarmKind, string[]>>;
  youngPeople: number;
  quality: {
    associations: number;
    suspectedAssociations: number;
    undatedAssociations: number;
    incidents: number;
    incidentsWithoutPlace: number;
    incidentsWithoutPeople: number;
    people: number;
    /** People with no association, group, place or incident recorded: nothing joins them up. */
    peopleWithoutLinks: number;
  };
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months;
}

const bump = <K extends string>(counts: Partial<Record<K, number>>, key: K) => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/**
 * A local problem profile of one board or several taken together: what is recorded here, counted.
 * Counts, never judgements: every section is shown with the caveat that it holds only what the
 * agencies recorded on these boards.
 */
export function problemProfile(boards: readonly ProfileBoard[]): ProblemProfile {
  const all: ProfileBoard = {
    people: boards.flatMap((b) => b.people),
    associations: boards.flatMap((b) => b.associations),
    groups: boards.flatMap((b) => b.groups),
    memberships: boards.flatMap((b) => b.memberships),
    places: boards.flatMap((b) => b.places),
    placeLinks: boards.flatMap((b) => b.placeLinks),
    incidents: boards.flatMap((b) => b.incidents),
  };
  const young = new Set(all.people.filter((p) => p.kind === 'young-person').map((p) => p.id));

  const months = all.incidents.map((i) => i.occurredAt.slice(0, 7)).sort();
  const harmsByMonth = months.length
    ? monthsBetween(months[0]!, months.at(-1)!).map((month) => ({
        month,
        counts: {},
      }))
    : [];
  const monthIndex = new Map(harmsByMonth.map((m, i) => [m.month, i]));
  const byHour = new Map<string, number[]>();
  const youngByHarm: Partial<Record<HarmKind, Set<string>>> = {};
  const incidentsOf = new Map<string, (typeof all.incidents)[number][]>();
  for (const i of all.incidents) {
    const month = harmsByMonth[monthIndex.get(i.occurredAt.slice(0, 7))!]!;
    for (const k of i.harmKinds) bump(month.counts, k);
    if (i.placeId) {
      const hours = byHour.get(i.placeId) ?? new Array<number>(24).fill(0);
      const hour = Number(i.occurredAt.slice(11, 13));
      if (hour >= 0 && hour < 24) hours[hour]!++;
      byHour.set(i.placeId, hours);
    }
    for (const { personId } of i.involved) {
      const theirs = incidentsOf.get(personId);
      if (theirs) theirs.push(i);
      else incidentsOf.set(personId, [i]);
      if (!young.has(personId)) continue;
      for (const k of i.harmKinds) (youngByHarm[k] ??= new Set()).add(personId);
    }
  }

  const boardOf = new Map<string, number>();
  boards.forEach((b, i) => {
    for (const p of b.places) boardOf.set(p.id, i);
    for (const g of b.groups) boardOf.set(g.id, i);
  });
  const { membersOf } = indexLinks(all);
  const groups = all.groups.map((g) => {
    const members = membersOf.get(g.id) ?? new Set<string>();
    const harms: Partial<Record<HarmKind, number>> = {};
    const seen = new Set<(typeof all.incidents)[number]>();
    for (const m of members)
      for (const i of incidentsOf.get(m) ?? [])
        if (!seen.has(i)) {
          seen.add(i);
          for (const k of i.harmKinds) bump(harms, k);
        }
    const associationKinds: Record<string, number> = {};
    for (const a of all.associations)
      if (members.has(a.fromId) || members.has(a.toId)) bump(associationKinds, a.kind);
    return {
      groupId: g.id,
      board: boardOf.get(g.id) ?? 0,
      members: members.size,
      harms,
      associationKinds,
    };
  });

  return {
    harmsByMonth,
    places: rankPlaces(all).map((p) => ({
      ...p,
      byHour: byHour.get(p.placeId) ?? new Array<number>(24).fill(0),
      board: boardOf.get(p.placeId) ?? 0,
    })),
    groups: groups.sort((a, b) => b.members - a.members || a.groupId.localeCompare(b.groupId)),
    youngPeopleByHarm: Object.fromEntries(
      Object.entries(youngByHarm).map(([k, set]) => [k, [...set].sort()]),
    ),
    youngPeople: young.size,
    quality: {
      associations: all.associations.length,
      suspectedAssociations: all.associations.filter((a) => a.confidence === 'suspected').length,
      undatedAssociations: all.associations.filter((a) => !a.firstReported && !a.lastReported)
        .length,
      incidents: all.incidents.length,
      incidentsWithoutPlace: all.incidents.filter((i) => !i.placeId).length,
      incidentsWithoutPeople: all.incidents.filter((i) => i.involved.length === 0).length,
      people: all.people.length,
      peopleWithoutLinks: unlinkedPeople(all, incidentsOf),
    },
  };
}

/** People nothing on the boards joins to anyone or anywhere: often a record not finished yet. */
function unlinkedPeople(all: ProfileBoard, incidentsOf: ReadonlyMap<string, unknown>): number {
  const linked = new Set<string>(incidentsOf.keys());
  for (const a of all.associations) linked.add(a.fromId).add(a.toId);
  for (const m of all.memberships) linked.add(m.personId);
  for (const l of all.placeLinks) if (l.subjectKind === 'person') linked.add(l.subjectId);
  return all.people.filter((p) => !linked.has(p.id)).length;
}
