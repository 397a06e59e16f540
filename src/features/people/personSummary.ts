import { countsByTarget, describeCounts } from '../../domain/actionStatus';
import type { Action } from '../../domain/kinds/action';
import type { Association } from '../../domain/kinds/association';
import type { Group } from '../../domain/kinds/group';
import type { Membership } from '../../domain/kinds/membership';
import type { Person } from '../../domain/kinds/person';
import {
  associationKinds,
  confidences,
  groupRoles,
  harmRoles,
  labelOf,
  riskLevels,
} from '../../domain/vocabulary';

export interface SummaryContent {
  associations: readonly Association[];
  memberships: readonly Membership[];
  groups: readonly Group[];
  actions: readonly Action[];
}

/** What a chair needs first about a person, in words: one line each. */
export interface PersonSummary {
  risk: string;
  harmRole: string;
  /** "Brookside Parade group (leader)", group names as the names policy shows them. */
  groups: string[];
  links: number;
  actions: string;
}

export function summarisePerson(
  person: Person,
  content: SummaryContent,
  today: string,
  maskText: (text: string) => string,
): PersonSummary {
  const groupsById = new Map(content.groups.map((g) => [g.id, g]));
  const groups = content.memberships
    .filter((m) => m.personId === person.id)
    .flatMap((m) => {
      const g = groupsById.get(m.groupId);
      if (!g) return [];
      const role = m.role === 'not-known' ? '' : ` (${labelOf(groupRoles, m.role).toLowerCase()})`;
      return [`${maskText(g.name)}${role}`];
    })
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
  const links = content.associations.filter(
    (a) => a.fromId === person.id || a.toId === person.id,
  ).length;
  const counts = countsByTarget(content.actions, today).get(person.id) ?? { open: 0, overdue: 0 };
  return {
    risk: labelOf(riskLevels, person.riskLevel),
    harmRole: labelOf(harmRoles, person.harmRole),
    groups,
    links,
    actions: describeCounts(counts),
  };
}

/** One of a person's associations, as the panel lists it. */
export interface AssociationLine {
  id: string;
  /** "Exploitation towards KB", "Friendship with AH". */
  text: string;
  confidence: string;
}

/**
 * A person's associations, strongest evidence first, then by the other person's shown name. The
 * direction is said from this person's side: "towards" them or "from" them, "with" when mutual.
 */
export function associationLines(
  person: Pick<Person, 'id'>,
  associations: readonly Association[],
  nameOf: (personId: string) => string,
): AssociationLine[] {
  const rank = new Map(confidences.map((c, i) => [c.key, i]));
  return associations
    .filter((a) => a.fromId === person.id || a.toId === person.id)
    .map((a) => {
      const outgoing = a.fromId === person.id;
      const other = nameOf(outgoing ? a.toId : a.fromId);
      const way = !a.directed ? 'with' : outgoing ? 'towards' : 'from';
      return {
        id: a.id,
        text: `${labelOf(associationKinds, a.kind)} ${way} ${other}`,
        confidence: labelOf(confidences, a.confidence),
        order: [rank.get(a.confidence) ?? 99, other] as const,
      };
    })
    .sort((x, y) => x.order[0] - y.order[0] || x.order[1].localeCompare(y.order[1], 'en-GB'))
    .map(({ id, text, confidence }) => ({ id, text, confidence }));
}
