import { newGroup } from '../../domain/kinds/group';
import { newMembership } from '../../domain/kinds/membership';
import { newId } from '../../domain/ids';
import type { Command } from '../command';

/** Makes a group from the selected people, who join it with their role not yet known. */
export function createGroup(
  boardId: string,
  id: string,
  name: string,
  colour: string,
  memberIds: readonly string[],
): Command {
  return {
    name: 'createGroup',
    label: `Make group ${name}`,
    scope: boardId,
    boardId,
    plan: () =>
      Promise.resolve([
        { table: 'groups', id, after: newGroup(id, boardId, { name, colour }) },
        ...memberIds.map((personId) => {
          const m = newMembership(newId(), boardId, id, personId);
          return { table: 'memberships' as const, id: m.id, after: m };
        }),
      ]),
  };
}
