import type { Action } from '../kinds/action';
import type { Person } from '../kinds/person';
import { contextKeys, labelOf, type ContextKey } from '../vocabulary';
import { findingKey, groupBy, isLive, isOpen, listInWords, ref } from './shared';
import type { CheckFinding, CheckInput } from './types';

/** Contexts beyond the family home that can undermine what parents can do. */
const OUTSIDE_HOME = ['peer', 'school', 'neighbourhood'] as const satisfies readonly ContextKey[];
const SERIOUS = new Set(['moderate', 'significant']);

/** Parenting support: an open action for the person on the home context, or one about parenting. */
export const isParentingSupport = (a: Action): boolean =>
  isOpen(a) && a.targetKind === 'person' && (a.context === 'home' || /parent/i.test(a.description));

/** Outside-home contexts where the person's concern sits: moderate or worse, or weighted above home. */
export function concernsOutsideHome(person: Person): ContextKey[] {
  const home = person.contexts.home.weight;
  return OUTSIDE_HOME.filter((k) => {
    const c = person.contexts[k];
    return SERIOUS.has(c.concern) || c.weight > home;
  });
}

/**
 * Parenting support planned while the concern sits in peer, school or neighbourhood contexts, with
 * no twinned action there: no action of the person's on that context, and no action aimed at one of
 * their groups or the places linked to them (either counts as working on the wider context).
 */
export function parentingWithoutTwinnedAction(input: CheckInput): CheckFinding[] {
  const parenting = groupBy(input.actions.filter(isParentingSupport), (a) => a.targetId);
  if (parenting.size === 0) return [];
  const live = input.actions.filter(isLive);
  const personActions = groupBy(
    live.filter((a) => a.targetKind === 'person'),
    (a) => a.targetId,
  );
  const aimedAt = new Set(live.map((a) => `${a.targetKind}:${a.targetId}`));
  const groupsOf = groupBy(input.memberships, (m) => m.personId);
  const linksOf = groupBy(
    input.placeLinks.filter((l) => l.subjectKind === 'person'),
    (l) => l.subjectId,
  );

  const findings: CheckFinding[] = [];
  for (const person of input.people) {
    const support = parenting.get(person.id);
    if (!support) continue;
    const wider =
      (groupsOf.get(person.id) ?? []).some((m) => aimedAt.has(`group:${m.groupId}`)) ||
      (linksOf.get(person.id) ?? []).some((l) => aimedAt.has(`place:${l.placeId}`));
    if (wider) continue;
    const own = personActions.get(person.id) ?? [];
    const untwinned = concernsOutsideHome(person).filter((k) => !own.some((a) => a.context === k));
    if (untwinned.length === 0) continue;
    const name = input.nameOf(ref('person', person.id));
    const contexts = listInWords(untwinned.map((k) => labelOf(contextKeys, k).toLowerCase()));
    findings.push({
      key: findingKey('parenting-without-twinned-action', person.id),
      rule: 'parenting-without-twinned-action',
      title: `Parenting support not twinned: ${name}`,
      reason:
        `Parenting support is planned for ${name} (“${support[0]!.description}”), but the concern ` +
        `also sits in the ${contexts} context${untwinned.length > 1 ? 's' : ''}, and no action ` +
        'addresses that context, their groups or the places linked to them. Is there a partner ' +
        'agency action on what is undermining parents’ influence?',
      records: [ref('person', person.id), ...support.map((a) => ref('action', a.id))],
    });
  }
  return findings;
}
