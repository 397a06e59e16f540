import { z } from 'zod';
import { nameText, notesText, shortText } from '../text';
import { groupRoles, keysOf, riskLevels } from '../vocabulary';
import { enumOf, recordBase } from './base';
import { contextsSchema } from './contexts';

/** A peer group of concern or a cohort. Membership is its own record so a person can be in several. */
export const groupSchema = z.object({
  ...recordBase,
  name: nameText('group name'),
  concernLevel: enumOf(keysOf(riskLevels), 'concern level'),
  contexts: contextsSchema,
  strengths: z.array(shortText(500)).max(200),
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, { error: 'A colour like #1f77b4' }),
  notes: notesText,
});
export type Group = z.infer<typeof groupSchema>;

export const membershipSchema = z.object({
  ...recordBase,
  groupId: z.string().min(1),
  personId: z.string().min(1),
  role: enumOf(keysOf(groupRoles), 'role in the group'),
});
export type Membership = z.infer<typeof membershipSchema>;
