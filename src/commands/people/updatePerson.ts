import type { Person } from '../../domain/records/person';
import { WriteRejected } from '../../db/writer';
import type { Command } from '../command';

export type PersonPatch = Partial<Omit<Person, 'id' | 'boardId' | 'createdAt' | 'updatedAt'>>;

/**
 * Changes fields of a person. Edits of the same fields of the same person in quick succession
 * (typing a name) coalesce into one undo step.
 */
export function updatePerson(person: Person, patch: PersonPatch, label?: string): Command {
  const fields = Object.keys(patch).sort().join(',');
  return {
    name: 'updatePerson',
    label:
      label ??
      (patch.displayName !== undefined
        ? `Rename ${person.displayName} to ${patch.displayName}`
        : `Edit ${person.displayName}`),
    scope: person.boardId,
    boardId: person.boardId,
    coalesceKey: `person:${person.id}:${fields}`,
    plan: async (reader) => {
      const current = await reader.get('people', person.id);
      if (!current)
        throw new WriteRejected(
          `${person.displayName} no longer exists (deleted in another tab?)`,
          'conflict',
        );
      return [{ table: 'people', id: person.id, after: { ...current, ...patch } }];
    },
  };
}
