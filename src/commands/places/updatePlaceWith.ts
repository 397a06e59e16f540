import { WriteRejected } from '../../db/writer';
import type { Place } from '../../domain/kinds/place';
import type { Command } from '../command';
import type { PlacePatch } from './updatePlace';

/**
 * Changes a list on a place (time bands, guardians, agencies) from the place as stored at write
 * time, not as the panel last showed it: adding a guardian straight after removing another must
 * keep both changes. Each add or remove is its own undo step, so undo takes back one at a time.
 */
export function updatePlaceWith(
  place: Place,
  apply: (current: Place) => PlacePatch,
  label: string,
): Command {
  return {
    name: 'updatePlace',
    label,
    scope: place.boardId,
    boardId: place.boardId,
    plan: async (reader) => {
      const current = await reader.get('places', place.id);
      if (!current)
        throw new WriteRejected(
          `The place ${place.name} no longer exists (deleted in another tab?)`,
          'conflict',
        );
      return [{ table: 'places', id: place.id, after: { ...current, ...apply(current) } }];
    },
  };
}
