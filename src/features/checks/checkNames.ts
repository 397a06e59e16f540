import type { BoardContent } from '../../db/queries';
import type { CheckRecordRef } from '../../domain/checks';
import { formatDate } from '../../domain/dates';
import type { Names } from '../names';

/**
 * How findings name records: people through the names policy (and presenter-safe), groups and
 * places with people's names masked out of them, as their own lists show them.
 */
export function checkNamer(
  content: Pick<
    BoardContent,
    'board' | 'groups' | 'places' | 'associations' | 'incidents' | 'actions'
  >,
  names: Pick<Names, 'ofId' | 'mask' | 'hiding'>,
): (ref: CheckRecordRef) => string {
  const groups = new Map(content.groups.map((g) => [g.id, g.name]));
  const places = new Map(content.places.map((p) => [p.id, p.name]));
  const links = new Map(content.associations.map((a) => [a.id, a]));
  const incidents = new Map(content.incidents.map((i) => [i.id, i]));
  const actions = new Map(content.actions.map((a) => [a.id, a]));
  const masked = (s: string) => (names.hiding ? names.mask(s) : s);
  return (ref) => {
    switch (ref.kind) {
      case 'person':
        return names.ofId(ref.id);
      case 'group':
        return names.mask(groups.get(ref.id) ?? 'a group no longer on the board');
      case 'place':
        return masked(places.get(ref.id) ?? 'a place no longer on the board');
      case 'association': {
        const a = links.get(ref.id);
        return a ? `${names.ofId(a.fromId)} – ${names.ofId(a.toId)}` : 'an association';
      }
      case 'incident': {
        const i = incidents.get(ref.id);
        return i ? `Incident on ${formatDate(i.occurredAt.slice(0, 10))}` : 'an incident';
      }
      case 'action': {
        const a = actions.get(ref.id);
        return a ? `Action: ${masked(a.description.slice(0, 60))}` : 'an action';
      }
      case 'board':
        return masked(content.board.title);
    }
  };
}
