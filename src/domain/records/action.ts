import { z } from 'zod';
import { isoDate } from '../dates';
import { nameText, notesText, shortText } from '../text';
import { actionStatuses, contextKeys, keysOf } from '../vocabulary';
import { enumOf, recordBase } from './base';

export const actionTargets = ['person', 'group', 'place', 'board'] as const;

/** An action in the plan, aimed at a person, group, place or the whole board, owned by an agency. */
export const actionSchema = z
  .object({
    ...recordBase,
    targetKind: z.enum(actionTargets),
    targetId: z.string().min(1),
    description: z
      .string()
      .max(2000, { error: 'At most 2,000 characters' })
      .refine((s) => s.trim().length > 0, { error: 'Describe the action' }),
    agency: nameText('owning agency'),
    owner: shortText(),
    goal: shortText(1000),
    /** Which context the action addresses, if one: used by the contextual checks. */
    context: enumOf(keysOf(contextKeys), 'context').nullable(),
    dueDate: isoDate,
    reviewDate: isoDate.nullable(),
    status: enumOf(keysOf(actionStatuses), 'status'),
    outcome: notesText,
    meetingId: z.string().min(1).nullable(),
  })
  .refine((a) => !a.reviewDate || a.reviewDate >= a.dueDate, {
    error: 'The review date cannot be before the due date',
    path: ['reviewDate'],
  });
export type Action = z.infer<typeof actionSchema>;
