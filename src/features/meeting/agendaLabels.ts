import type { BoardContent } from '../../db/queries';
import type { AgendaItem } from '../../domain/agenda';
import type { Names } from '../names';

/** How agenda items are named on screen: people by the names policy, groups and places masked. */
export function agendaLabeller(
  content: Pick<BoardContent, 'groups' | 'places'>,
  names: Names,
): (item: AgendaItem) => string {
  const groups = new Map(content.groups.map((g) => [g.id, g.name]));
  const places = new Map(content.places.map((p) => [p.id, p.name]));
  const mask = names.hiding ? names.mask : (t: string) => t;
  return (item) => {
    if (item.kind === 'person') return names.ofId(item.id, 'Deleted person');
    const name = (item.kind === 'group' ? groups : places).get(item.id);
    return name === undefined ? `Deleted ${item.kind}` : mask(name);
  };
}
