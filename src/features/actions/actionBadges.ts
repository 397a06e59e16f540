import type { NodeBadge } from '../../adapters/cytoscape/actionBadges';
import { badgeParts, countsByTarget } from '../../domain/actionStatus';
import type { Action } from '../../domain/kinds/action';

/** Badges for the network: one per person, group or place with open actions. */
export function networkBadges(
  actions: readonly Action[],
  today: string,
): ReadonlyMap<string, NodeBadge> {
  const out = new Map<string, NodeBadge>();
  for (const [id, counts] of countsByTarget(actions, today)) out.set(id, badgeParts(counts));
  return out;
}
