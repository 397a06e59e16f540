import { newAssociation } from '../../domain/kinds/association';
import type { Association } from '../../domain/kinds/association';
import {
  duplicateAssociation,
  duplicateAssociationMessage,
  SELF_ASSOCIATION_MESSAGE,
} from '../../domain/rules';
import type { AssociationKind } from '../../domain/vocabulary';
import { WriteRejected } from '../../db/writer';
import type { Command } from '../command';

/** Links two people with an association of the chosen kind. Refuses self-links and duplicates. */
export function linkPeople(
  boardId: string,
  id: string,
  from: { id: string; name: string },
  to: { id: string; name: string },
  kind: AssociationKind,
  fields: Partial<Association> = {},
): Command {
  return {
    name: 'linkPeople',
    label: `Link ${from.name} and ${to.name}`,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      if (from.id === to.id) throw new WriteRejected(SELF_ASSOCIATION_MESSAGE, 'validation');
      const existing = await reader.byIndex('associations', 'fromId', from.id);
      const reverse = await reader.byIndex('associations', 'fromId', to.id);
      if (
        duplicateAssociation([...existing, ...reverse], { id, fromId: from.id, toId: to.id, kind })
      ) {
        throw new WriteRejected(
          duplicateAssociationMessage(kind, from.name, to.name),
          'validation',
        );
      }
      return [
        {
          table: 'associations',
          id,
          after: newAssociation(id, boardId, { fromId: from.id, toId: to.id, kind, ...fields }),
        },
      ];
    },
  };
}
