import { newPlace } from '../../domain/kinds/place';
import type { Place } from '../../domain/kinds/place';
import type { Command } from '../command';

/** Adds a place drawn on the map (or an online space, which has no geometry). */
export function addPlace(
  boardId: string,
  id: string,
  fields: Pick<Place, 'name' | 'kind' | 'geometry'> & Partial<Place>,
): Command {
  return {
    name: 'addPlace',
    label: `Add place ${fields.name}`,
    scope: boardId,
    boardId,
    plan: () => Promise.resolve([{ table: 'places', id, after: newPlace(id, boardId, fields) }]),
  };
}
