import { WriteRejected } from '../../db/writer';
import { newMembership } from '../../domain/kinds/membership';
import { newId } from '../../domain/ids';
import type { Membership } from '../../domain/kinds/membership';
import type { GroupRole } from '../../domain/vocabulary';
import type { Command } from '../command';

/** Sets a member's role in a group (leader, follower, peripheral, not known). */
export function setMemberRole(membership: Membership, role: GroupRole, label: string): Command {
  return {
    name: 'setMemberRole',
    label,
    scope: membership.boardId,
    boardId: membership.boardId,
    plan: async (reader) => {
      const current = await reader.get('memberships', membership.id);
      if (!current) throw new WriteRejected('That membership no longer exists.', 'conflict');
      return [{ table: 'memberships', id: membership.id, after: { ...current, role } }];
    },
  };
}

/** Adds people to a group; people already in it are left as they are. */
export function addMembers(
  boardId: string,
  groupId: string,
  personIds: readonly string[],
  label: string,
): Command {
  return {
    name: 'addMembers',
    label,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const existing = new Set(
        (await reader.byBoard('memberships', boardId))
          .filter((m) => m.groupId === groupId)
          .map((m) => m.personId),
      );
      return personIds
        .filter((id) => !existing.has(id))
        .map((personId) => {
          const m = newMembership(newId(), boardId, groupId, personId);
          return { table: 'memberships' as const, id: m.id, after: m };
        });
    },
  };
}

export function removeMember(membership: Membership, label: string): Command {
  return {
    name: 'removeMember',
    label,
    scope: membership.boardId,
    boardId: membership.boardId,
    plan: () => Promise.resolve([{ table: 'memberships', id: membership.id, after: null }]),
  };
}
