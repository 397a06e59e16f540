import type { Group } from '../../domain/kinds/group';
import type { Membership } from '../../domain/kinds/membership';

/** How alike two sets of people are: shared over all (1 = the same people). */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** A suggestion this close to a recorded group (by its members) is that group, not a new one. */
const SAME_GROUP = 0.8;

export interface Suggestion {
  /** Stable while the same people are suggested together: their ids, sorted and joined. */
  key: string;
  memberIds: string[];
  /** The recorded group these people already are, if any. */
  matches: Group | null;
}

/** The worker's suggested groups, each with the recorded group it already matches. */
export function suggestionsFor(
  groups: readonly string[][],
  recorded: readonly Group[],
  memberships: readonly Membership[],
): Suggestion[] {
  const membersOf = new Map<string, Set<string>>();
  for (const m of memberships) {
    const set = membersOf.get(m.groupId) ?? new Set<string>();
    set.add(m.personId);
    membersOf.set(m.groupId, set);
  }
  return groups.map((memberIds) => {
    const people = new Set(memberIds);
    const matches =
      recorded.find((g) => overlap(people, membersOf.get(g.id) ?? new Set()) >= SAME_GROUP) ?? null;
    return { key: [...memberIds].sort().join(' '), memberIds, matches };
  });
}
