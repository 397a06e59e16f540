import { WriteRejected } from '../../db/writer';
import { newPlaceLink } from '../../domain/kinds/placeLink';
import type { PlaceLink } from '../../domain/kinds/placeLink';
import type { Command } from '../command';

type Fields = Pick<PlaceLink, 'placeId' | 'subjectKind' | 'subjectId' | 'kind'> &
  Partial<PlaceLink>;

/**
 * Links a person or a group to a place ("frequents", "attends"…). The same subject may be linked
 * to a place more than once only with different kinds: a young person can attend a school and be
 * the subject of an incident there, but two identical links would just count twice.
 */
export function linkToPlace(boardId: string, id: string, fields: Fields, label: string): Command {
  return {
    name: 'linkToPlace',
    label,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const existing = await reader.byIndex('placeLinks', 'placeId', fields.placeId);
      if (existing.some((l) => l.subjectId === fields.subjectId && l.kind === fields.kind))
        throw new WriteRejected(`${label}: that link is already recorded`, 'validation');
      return [{ table: 'placeLinks', id, after: newPlaceLink(id, boardId, fields) }];
    },
  };
}
