import type { Person } from '../../domain/kinds/person';
import { WriteRejected } from '../../db/writer';
import type { Command } from '../command';

export type PersonPatch = Partial<Omit<Person, 'id' | 'boardId' | 'createdAt' | 'updatedAt'>>;

/**
 * Changes fields of a person. Edits of the same fields of the same person in quick succession
 * (typing a name) coalesce into one undo step.
 */
export function updatePerson(person: Person, patch: PersonPatch, label?: string): Command {
  const field = Object.keys(patch)[0] ?? 'none';
  const words =
    patch.displayName !== undefined
      ? `Rename ${person.displayName} to ${patch.displayName}`
      : undefined;
  return updatePersonWith(person, field, () => patch, label ?? words);
}

/**
 * Changes a person from their stored state at write time, not from what a panel last showed: an
 * edit to one context, indicator or strength must never undo another that has just been saved.
 */
export function updatePersonWith(
  person: Person,
  field: string,
  apply: (current: Person) => PersonPatch,
  label?: string,
): Command {
  return {
    name: 'updatePerson',
    label: label ?? `Edit ${person.displayName}`,
    scope: person.boardId,
    boardId: person.boardId,
    coalesceKey: `person:${person.id}:${field}`,
    plan: async (reader) => {
      const current = await reader.get('people', person.id);
      if (!current)
        throw new WriteRejected(
          `${person.displayName} no longer exists (deleted in another tab?)`,
          'conflict',
        );
      return [{ table: 'people', id: person.id, after: { ...current, ...apply(current) } }];
    },
  };
}
