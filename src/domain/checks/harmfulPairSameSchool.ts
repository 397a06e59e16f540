import { associationKinds, labelOf } from '../vocabulary';
import { associationInWords, findingKey, ref, sameText } from './shared';
import type { CheckFinding, CheckInput } from './types';

/** Associations that mean one young person may harm another. */
const HARMFUL = new Set(['exploitation', 'violence', 'bullying', 'hsb', 'criminal']);

/**
 * Two young people with a harmful association recorded at the same school (schools compared
 * trimmed, in any case): a prompt for a placement or fair-access check. One finding per pair.
 */
export function harmfulPairSameSchool(input: CheckInput): CheckFinding[] {
  const people = new Map(input.people.map((p) => [p.id, p]));
  const pairs = new Map<
    string,
    { from: string; to: string; school: string; kinds: string[]; ids: string[] }
  >();
  for (const a of input.associations) {
    if (!HARMFUL.has(a.kind)) continue;
    const from = people.get(a.fromId);
    const to = people.get(a.toId);
    if (from?.kind !== 'young-person' || to?.kind !== 'young-person') continue;
    const school = sameText(from.school);
    if (!school || school !== sameText(to.school)) continue;
    const pair = [from.id, to.id].sort().join('+');
    const found = pairs.get(pair);
    const kind = labelOf(associationKinds, a.kind).toLowerCase();
    if (found) {
      if (!found.kinds.includes(kind)) found.kinds.push(kind);
      found.ids.push(a.id);
    } else
      pairs.set(pair, {
        from: from.id,
        to: to.id,
        school: from.school.trim(),
        kinds: [kind],
        ids: [a.id],
      });
  }
  return [...pairs].map(([pair, p]) => {
    const a = input.nameOf(ref('person', p.from));
    const b = input.nameOf(ref('person', p.to));
    return {
      key: findingKey('harmful-pair-same-school', pair),
      rule: 'harmful-pair-same-school',
      title: `Same school: ${a} and ${b}`,
      reason:
        `${a} and ${b} have a recorded ${associationInWords(p.kinds.join(' and '))} and are both at ` +
        `${p.school}. Is a placement or fair-access check needed?`,
      records: [
        ref('person', p.from),
        ref('person', p.to),
        ...p.ids.map((id) => ref('association', id)),
      ],
    };
  });
}
