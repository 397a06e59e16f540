import type { Association } from '../../domain/kinds/association';
import { duplicateAssociation, duplicateAssociationMessage } from '../../domain/rules';
import { WriteRejected } from '../../db/writer';
import type { Command } from '../command';

export type AssociationPatch = Partial<
  Omit<Association, 'id' | 'boardId' | 'createdAt' | 'updatedAt'>
>;

/** Changes an association's fields; changing its kind to one the pair already has is refused. */
export function updateAssociation(
  association: Association,
  patch: AssociationPatch,
  names: [string, string],
): Command {
  const fields = Object.keys(patch).sort().join(',');
  return {
    name: 'updateAssociation',
    label: `Edit association of ${names[0]} and ${names[1]}`,
    scope: association.boardId,
    boardId: association.boardId,
    coalesceKey: `association:${association.id}:${fields}`,
    plan: async (reader) => {
      const current = await reader.get('associations', association.id);
      if (!current)
        throw new WriteRejected(
          'This association no longer exists (deleted in another tab?)',
          'conflict',
        );
      const next = { ...current, ...patch };
      if (patch.kind && patch.kind !== current.kind) {
        const all = [
          ...(await reader.byIndex('associations', 'fromId', next.fromId)),
          ...(await reader.byIndex('associations', 'fromId', next.toId)),
        ];
        if (duplicateAssociation(all, next)) {
          throw new WriteRejected(
            duplicateAssociationMessage(next.kind, names[0], names[1]),
            'validation',
          );
        }
      }
      return [{ table: 'associations', id: association.id, after: next }];
    },
  };
}
