import type { Command } from '../command';

/**
 * Deletes a group with its memberships and the notes pinned to it, in one undo step. The people stay.
 */
export function deleteGroup(boardId: string, groupId: string, label: string): Command {
  return {
    name: 'deleteGroup',
    label,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const [memberships, annotations] = await Promise.all([
        reader.byBoard('memberships', boardId),
        reader.byBoard('annotations', boardId),
      ]);
      return [
        { table: 'groups' as const, id: groupId, after: null },
        ...memberships
          .filter((m) => m.groupId === groupId)
          .map((m) => ({ table: 'memberships' as const, id: m.id, after: null })),
        ...annotations
          .filter((n) => n.attachedTo?.kind === 'group' && n.attachedTo.id === groupId)
          .map((n) => ({ table: 'annotations' as const, id: n.id, after: null })),
      ];
    },
  };
}
