import { WriteRejected } from '../../db/writer';
import type { PlaceLink } from '../../domain/kinds/placeLink';
import type { Command } from '../command';

export type PlaceLinkPatch = Partial<
  Pick<PlaceLink, 'kind' | 'confidence' | 'source' | 'from' | 'to' | 'notes'>
>;

/** Changes a place link as stored at write time; typing in one field is one undo step. */
export function updatePlaceLink(link: PlaceLink, patch: PlaceLinkPatch, label: string): Command {
  const field = Object.keys(patch)[0] ?? 'none';
  return {
    name: 'updatePlaceLink',
    label,
    scope: link.boardId,
    boardId: link.boardId,
    coalesceKey: `placeLink:${link.id}:${field}`,
    plan: async (reader) => {
      const current = await reader.get('placeLinks', link.id);
      if (!current)
        throw new WriteRejected(
          'That place link no longer exists (deleted in another tab?)',
          'conflict',
        );
      return [{ table: 'placeLinks', id: link.id, after: { ...current, ...patch } }];
    },
  };
}
