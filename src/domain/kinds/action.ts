import { z } from 'zod';
import { isoDate } from '../dates';
import { enumOf, recordBase } from '../records/base';
import { nameText, notesText, shortText } from '../text';
import { actionStatuses, contextKeys, keysOf, suggestedAgencies } from '../vocabulary';
import { commaList, optionalDate, type FieldDef, type Parsed } from './fields';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

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
    /**
     * Other agencies working on it with the owner ("Also agencies"), from the same vocabulary.
     * Defaulted: actions stored, and board files written, before it existed read as [].
     */
    partners: z.array(shortText()).max(20).default([]),
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

type NewAction = Given<
  Action,
  'id' | 'boardId' | 'targetKind' | 'targetId' | 'description' | 'agency' | 'dueDate'
>;

export function newAction(
  id: string,
  boardId: string,
  fields: Given<Action, 'targetKind' | 'targetId' | 'description' | 'agency' | 'dueDate'>,
): Action {
  return {
    partners: [],
    owner: '',
    goal: '',
    context: null,
    reviewDate: null,
    status: 'planned',
    outcome: '',
    meetingId: null,
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

const noContext = { key: '', label: 'None in particular' };

/**
 * An action's fields, edited in place in its row; the schema checks each change before it is
 * saved. The actions table shows those with a column, in column order, after what each is for.
 */
const fields: readonly FieldDef[] = [
  {
    key: 'description',
    label: 'Action',
    control: 'textarea',
    column: { label: 'Action', order: 1 },
  },
  {
    key: 'agency',
    label: 'Owning agency',
    control: 'text',
    suggestions: suggestedAgencies,
    half: true,
    column: { label: 'Agency', order: 2 },
  },
  {
    key: 'partners',
    label: 'Also agencies',
    control: 'text',
    ...commaList,
    hint: 'Other agencies working on it with the owner. Separate with commas.',
    column: { label: 'Also', order: 2.5 },
  },
  {
    key: 'owner',
    label: 'Named owner',
    control: 'text',
    half: true,
    column: { label: 'Owner', order: 3 },
  },
  {
    key: 'status',
    label: 'Status',
    control: 'select',
    options: actionStatuses,
    half: true,
    column: { label: 'Status', order: 6 },
  },
  {
    key: 'context',
    label: 'Context it addresses',
    control: 'select',
    options: [noContext, ...contextKeys],
    parse: (t: string): Parsed => ({ value: t === '' ? null : t }),
    half: true,
  },
  {
    key: 'dueDate',
    label: 'Due date',
    control: 'date',
    parse: (t: string): Parsed => (t === '' ? { problem: 'Give a due date' } : { value: t }),
    half: true,
    column: { label: 'Due', order: 4 },
  },
  {
    key: 'reviewDate',
    label: 'Review date',
    control: 'date',
    ...optionalDate,
    half: true,
    column: { label: 'Review', order: 5 },
  },
  { key: 'goal', label: 'Goal', control: 'text' },
  { key: 'outcome', label: 'Outcome note', control: 'textarea' },
];

export const actionKind: RecordKind<Action, 'actions', NewAction> = {
  table: 'actions',
  noun: { one: 'action', many: 'actions' },
  schema: actionSchema,
  create: ({ id, boardId, ...rest }) => newAction(id, boardId, rest),
  references: [
    onBoard,
    // Deleting what an action is aimed at deletes the action, or moves it to the whole board if
    // the user asks (people/deleteSelection.ts).
    {
      field: 'targetId',
      to: {
        by: 'targetKind',
        tables: {
          person: 'people',
          group: 'groups',
          place: 'places',
          board: 'boards',
        } satisfies Record<
          (typeof actionTargets)[number],
          'people' | 'groups' | 'places' | 'boards'
        >,
      },
      onDelete: 'cascade',
      checked: false,
    },
    // The meeting it was agreed in; an action outlives the meeting record.
    { field: 'meetingId', to: 'meetings', onDelete: 'keep', checked: false },
  ],
  fields,
  indexes: 'id, boardId, targetId, dueDate',
  freeText: ['outcome'],
  personal: ['description', 'owner', 'goal', 'outcome'],
};
