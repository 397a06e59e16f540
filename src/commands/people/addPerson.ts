import { newPerson } from '../../domain/kinds/person';
import { newPosition } from '../../domain/kinds/position';
import type { Person } from '../../domain/kinds/person';
import type { Command } from '../command';

/** Adds a person where the user double-clicked (or pressed N), with their diagram position. */
export function addPerson(
  boardId: string,
  id: string,
  fields: Pick<Person, 'displayName'> & Partial<Person>,
  at: { x: number; y: number },
): Command {
  return {
    name: 'addPerson',
    label: `Add ${fields.displayName}`,
    scope: boardId,
    boardId,
    plan: () =>
      Promise.resolve([
        { table: 'people', id, after: newPerson(id, boardId, fields) },
        {
          table: 'positions',
          id: newPosition(boardId, id, at.x, at.y).id,
          after: newPosition(boardId, id, at.x, at.y),
        },
      ]),
  };
}
