import { z } from 'zod';
import { enumOf, recordBase } from '../records/base';
import { groupRoles, keysOf, type GroupRole } from '../vocabulary';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

/** A person's place in a group, with their role; a person may be in several groups. */
export const membershipSchema = z.object({
  ...recordBase,
  groupId: z.string().min(1),
  personId: z.string().min(1),
  role: enumOf(keysOf(groupRoles), 'role in the group'),
});
export type Membership = z.infer<typeof membershipSchema>;

type NewMembership = Given<Membership, 'id' | 'boardId' | 'groupId' | 'personId'>;

export function newMembership(
  id: string,
  boardId: string,
  groupId: string,
  personId: string,
  role: GroupRole = 'not-known',
): Membership {
  return { groupId, personId, role, ...stamps, id, boardId };
}

export const membershipKind: RecordKind<Membership, 'memberships', NewMembership> = {
  table: 'memberships',
  noun: { one: 'group membership', many: 'group memberships' },
  schema: membershipSchema,
  create: ({ id, boardId, groupId, personId, role, ...rest }) => ({
    ...newMembership(id, boardId, groupId, personId, role),
    ...rest,
  }),
  references: [
    onBoard,
    { field: 'groupId', to: 'groups', onDelete: 'cascade', checked: true },
    { field: 'personId', to: 'people', onDelete: 'cascade', checked: true },
  ],
  // The role is edited beside each member (groups/MemberRole.tsx), not in a panel form.
  fields: [],
  indexes: 'id, boardId, groupId, personId',
  freeText: [],
  personal: [],
};
