import { WriteRejected } from '../../db/writer';
import type { Group } from '../../domain/kinds/group';
import type { Command } from '../command';
import type { GroupPatch } from './updateGroup';

/**
 * Changes a group from its stored state at write time, not from what the panel last showed: an
 * edit to one context or strength must never undo another that has just been saved. Edits of the
 * same field in quick succession coalesce into one undo step.
 */
export function updateGroupWith(
  group: Group,
  field: string,
  apply: (current: Group) => GroupPatch,
  label?: string,
): Command {
  return {
    name: 'updateGroup',
    label: label ?? `Edit group ${group.name}`,
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
      return [{ table: 'groups', id: group.id, after: { ...current, ...apply(current) } }];
    },
  };
}
