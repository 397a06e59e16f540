import { findingKey, groupBy, isOpen, listInWords, ref, sameText } from './shared';
import type { CheckFinding, CheckInput } from './types';

/** Distinct non-empty values as first typed, compared trimmed and in any case. */
function distinct(values: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const v of values) {
    const k = sameText(v);
    if (k && !seen.has(k)) seen.set(k, v.trim());
  }
  return [...seen.values()];
}

/**
 * Members of one peer group held by different lead practitioners or agencies: coordinate. An open
 * action aimed at the group itself is that coordination (work planned with the group as a whole),
 * so it meets the prompt; a done or dropped one does not keep it met.
 */
export function groupAcrossPractitioners(input: CheckInput): CheckFinding[] {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const membersOf = groupBy(input.memberships, (m) => m.groupId);
  const coordinated = new Set(
    input.actions.filter((a) => a.targetKind === 'group' && isOpen(a)).map((a) => a.targetId),
  );
  const findings: CheckFinding[] = [];
  for (const group of input.groups) {
    if (coordinated.has(group.id)) continue;
    const members = (membersOf.get(group.id) ?? [])
      .map((m) => people.get(m.personId))
      .filter((p) => p !== undefined);
    const practitioners = distinct(members.map((p) => p.leadPractitioner));
    const agencies = distinct(members.map((p) => p.leadAgency));
    if (practitioners.length < 2 && agencies.length < 2) continue;
    const name = input.nameOf(ref('group', group.id));
    const held: string[] = [];
    if (practitioners.length > 1)
      held.push(`${practitioners.length} lead practitioners (${listInWords(practitioners)})`);
    if (agencies.length > 1)
      held.push(`${agencies.length} lead agencies (${listInWords(agencies)})`);
    findings.push({
      key: findingKey('group-across-practitioners', group.id),
      rule: 'group-across-practitioners',
      title: `Coordinate work with ${name}`,
      reason:
        `Members of ${name} are held by ${held.join(' and ')}. ` +
        'Consider coordinating the work as a group rather than in separate plans: ' +
        'an open action on the group meets this prompt.',
      records: [ref('group', group.id)],
    });
  }
  return findings;
}
