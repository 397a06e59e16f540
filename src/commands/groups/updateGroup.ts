import { WriteRejected } from '../../db/writer';
import type { Group } from '../../domain/kinds/group';
import type { Command } from '../command';

export type GroupPatch = Partial<Omit<Group, 'id' | 'boardId' | 'createdAt' | 'updatedAt'>>;

/**
 * Changes fields of a group, applied to the group as stored at write time. Typing in one field
 * coalesces into one undo step.
 */
export function updateGroup(group: Group, patch: GroupPatch, label?: string): Command {
  const field = Object.keys(patch)[0] ?? 'none';
  return {
    name: 'updateGroup',
    label:
      label ??
      (patch.name !== undefined
        ? `Rename group ${group.name} to ${patch.name}`
        : `Edit group ${group.name}`),
    scope: group.boardId,
    boardId: group.boardId,
    coalesceKey: `group:${group.id}:${field}`,
    plan: async (reader) => {
      const current = await reader.get('groups', group.id);
      if (!current)
        throw new WriteRejected(
          `The group ${group.name} no longer exists (deleted in another tab?)`,
          'conflict',
        );
      return [{ table: 'groups', id: group.id, after: { ...current, ...patch } }];
    },
  };
}
