import { WriteRejected } from '../../db/writer';
import type { Place } from '../../domain/kinds/place';
import type { Command } from '../command';

export type PlacePatch = Partial<Omit<Place, 'id' | 'boardId' | 'createdAt' | 'updatedAt'>>;

/**
 * Changes fields of a place, applied to the place as stored at write time. Typing in one field
 * coalesces into one undo step; moving or reshaping is one step per gesture (no coalescing), so
 * undo puts the shape back one drag at a time.
 */
export function updatePlace(place: Place, patch: PlacePatch, label?: string): Command {
  const field = Object.keys(patch)[0] ?? 'none';
  const shape = patch.geometry !== undefined;
  return {
    name: shape ? 'reshapePlace' : 'updatePlace',
    label:
      label ??
      (patch.name !== undefined
        ? `Rename place ${place.name} to ${patch.name}`
        : shape
          ? `Move or reshape ${place.name}`
          : `Edit place ${place.name}`),
    scope: place.boardId,
    boardId: place.boardId,
    ...(shape ? {} : { coalesceKey: `place:${place.id}:${field}` }),
    plan: async (reader) => {
      const current = await reader.get('places', place.id);
      if (!current)
        throw new WriteRejected(
          `The place ${place.name} no longer exists (deleted in another tab?)`,
          'conflict',
        );
      return [{ table: 'places', id: place.id, after: { ...current, ...patch } }];
    },
  };
}
