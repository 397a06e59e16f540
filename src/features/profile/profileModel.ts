import type { BoardContent } from '../../db/queries';
import type { Board } from '../../domain/kinds/board';
import { problemProfile, type ProblemProfile } from '../../domain/analysis/problemProfile';
import { highestMarking } from '../../domain/analysis/profileMarking';
import { profileCaveats } from '../../domain/analysis/profileCaveats';
import { distinctNames, effectivePolicy, nameMasker } from '../../domain/naming';
import {
  associationKinds,
  harmKinds,
  labelOf,
  placeKinds,
  type HarmKind,
} from '../../domain/vocabulary';

/** The places listed with their hours: the busiest; the rest are counted, not listed. */
export const TOP_PLACES = 10;
/** Groups listed; more are counted. */
export const TOP_GROUPS = 30;

export interface ProfileModel {
  profile: ProblemProfile;
  boards: { id: string; title: string }[];
  marking: string;
  /** The first and last day an incident was recorded on, or null with none. */
  period: { from: string; to: string } | null;
  /** The kinds of harm recorded, in the vocabulary's order. */
  kinds: HarmKind[];
  places: {
    id: string;
    name: string;
    board: string | null;
    kind: string;
    incidents: number;
    groups: number;
    youngPeople: number;
    byHour: number[];
  }[];
  placesWithIncidents: number;
  groups: {
    id: string;
    name: string;
    board: string | null;
    members: number;
    harms: string;
    associations: string;
  }[];
  youngPeople: { kind: HarmKind; label: string; count: number; names: string[] | null }[];
  caveats: string[];
}

const counted = (counts: Partial<Record<string, number>>, label: (k: string) => string) =>
  Object.entries(counts)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([k, n]) => `${label(k)} (${n})`)
    .join(', ');

/**
 * What the problem profile report shows, worked out once from the boards. Unless the named
 * version was chosen, no young person is named and names are taken out of group and place
 * names too (as initials); the named version follows each board's name policy (presenter-safe
 * tightens it, as everywhere).
 */
export function profileModel(
  contents: readonly BoardContent[],
  named: boolean,
  presenterSafe: boolean,
): ProfileModel {
  const profile = problemProfile(contents);
  const several = contents.length > 1;
  const masks = contents.map(({ board, people }) =>
    nameMasker(people, named ? effectivePolicy(board.namePolicy, presenterSafe) : 'initials'),
  );
  const boardTitle = (i: number) => (several ? masks[i]!(contents[i]!.board.title) : null);
  const placeById = new Map(contents.flatMap((c) => c.places.map((p) => [p.id, p])));
  const groupById = new Map(contents.flatMap((c) => c.groups.map((g) => [g.id, g])));
  const days = contents.flatMap((c) => c.incidents.map((i) => i.occurredAt.slice(0, 10))).sort();
  const present = new Set(profile.harmsByMonth.flatMap((m) => Object.keys(m.counts)));
  for (const k of Object.keys(profile.youngPeopleByHarm)) present.add(k);
  return {
    profile,
    boards: contents.map((c, i) => ({ id: c.board.id, title: masks[i]!(c.board.title) })),
    marking: highestMarking(contents.map((c) => c.board.classification)),
    period: days.length ? { from: days[0]!, to: days.at(-1)! } : null,
    kinds: harmKinds.map((t) => t.key).filter((k) => present.has(k)),
    places: profile.places.slice(0, TOP_PLACES).flatMap((p) => {
      const place = placeById.get(p.placeId);
      if (!place || p.incidents + p.groups + p.youngPeople === 0) return [];
      return [
        {
          id: p.placeId,
          name: masks[p.board]!(place.name),
          board: boardTitle(p.board),
          kind: labelOf(placeKinds, place.kind),
          incidents: p.incidents,
          groups: p.groups,
          youngPeople: p.youngPeople,
          byHour: p.byHour,
        },
      ];
    }),
    placesWithIncidents: profile.places.filter((p) => p.incidents > 0).length,
    groups: profile.groups.slice(0, TOP_GROUPS).map((g) => ({
      id: g.groupId,
      name: masks[g.board]!(groupById.get(g.groupId)?.name ?? ''),
      board: boardTitle(g.board),
      members: g.members,
      harms: counted(g.harms, (k) => labelOf(harmKinds, k)),
      associations: counted(g.associationKinds, (k) => labelOf(associationKinds, k)),
    })),
    youngPeople: youngPeopleRows(contents, profile, named, presenterSafe),
    caveats: profileCaveats(profile.quality),
  };
}

function youngPeopleRows(
  contents: readonly BoardContent[],
  profile: ProblemProfile,
  named: boolean,
  presenterSafe: boolean,
): ProfileModel['youngPeople'] {
  const nameOf = new Map<string, string>();
  if (named)
    for (const { board, people } of contents)
      for (const [id, name] of distinctNames(people, policyOf(board, presenterSafe)))
        nameOf.set(id, name);
  return harmKinds.flatMap(({ key, label }) => {
    const ids = profile.youngPeopleByHarm[key];
    if (!ids?.length) return [];
    const names = named
      ? ids.map((id) => nameOf.get(id) ?? '?').sort((a, b) => a.localeCompare(b))
      : null;
    return [{ kind: key, label, count: ids.length, names }];
  });
}

const policyOf = (board: Board, presenterSafe: boolean) =>
  effectivePolicy(board.namePolicy, presenterSafe);
