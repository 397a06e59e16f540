import { z } from 'zod';
import { isoDate } from '../dates';
import { enumOf, recordBase } from '../records/base';
import { reviewDateProblem } from '../rules';
import { notesText, shortText } from '../text';
import {
  associationKinds,
  confidences,
  keysOf,
  suggestedAgencies,
  type AssociationKind,
} from '../vocabulary';
import { optionalDate, type FieldDef } from './fields';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

/**
 * A recorded association between two people: information with a source, not a finding of fact.
 * When `directed`, it runs from `fromId` to `toId` (e.g. exploiter to exploited).
 */
export const associationSchema = z
  .object({
    ...recordBase,
    fromId: z.string().min(1),
    toId: z.string().min(1),
    kind: enumOf(keysOf(associationKinds), 'kind of association'),
    directed: z.boolean(),
    confidence: enumOf(keysOf(confidences), 'confidence'),
    sourceAgency: shortText(),
    firstReported: isoDate.nullable(),
    lastReported: isoDate.nullable(),
    reviewDate: isoDate.nullable(),
    notes: notesText,
  })
  .refine((a) => a.fromId !== a.toId, {
    error: 'A person cannot be associated with themself',
    path: ['toId'],
  })
  .refine((a) => !a.firstReported || !a.lastReported || a.lastReported >= a.firstReported, {
    error: 'Last reported cannot be before first reported',
    path: ['lastReported'],
  });
export type Association = z.infer<typeof associationSchema>;

/** Whether an association of a kind runs one way by default (exploitation does; friendship does not). */
export function defaultDirected(kind: AssociationKind): boolean {
  return associationKinds.find((k) => k.key === kind)?.directed ?? false;
}

type NewAssociation = Given<Association, 'id' | 'boardId' | 'fromId' | 'toId' | 'kind'>;

export function newAssociation(
  id: string,
  boardId: string,
  fields: Given<Association, 'fromId' | 'toId' | 'kind'>,
): Association {
  return {
    directed: defaultDirected(fields.kind),
    confidence: 'reported',
    sourceAgency: '',
    firstReported: null,
    lastReported: null,
    reviewDate: null,
    notes: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

/** The association's fields in panel order (DESIGN §3); direction has its own control. */
const fields: readonly FieldDef[] = [
  { key: 'kind', label: 'Kind', control: 'select', options: associationKinds, half: true },
  { key: 'confidence', label: 'Confidence', control: 'select', options: confidences, half: true },
  { key: 'sourceAgency', label: 'Source agency', control: 'text', suggestions: suggestedAgencies },
  { key: 'firstReported', label: 'First reported', control: 'date', ...optionalDate, half: true },
  { key: 'lastReported', label: 'Last reported', control: 'date', ...optionalDate, half: true },
  {
    key: 'reviewDate',
    label: 'Review by',
    control: 'date',
    ...optionalDate,
    rule: (v) => reviewDateProblem(v as string | null),
  },
  { key: 'notes', label: 'Notes', control: 'textarea' },
];

export const associationKind: RecordKind<Association, 'associations', NewAssociation> = {
  table: 'associations',
  noun: { one: 'association', many: 'associations' },
  schema: associationSchema,
  create: ({ id, boardId, ...rest }) => newAssociation(id, boardId, rest),
  references: [
    onBoard,
    { field: 'fromId', to: 'people', onDelete: 'cascade', checked: true },
    { field: 'toId', to: 'people', onDelete: 'cascade', checked: true },
  ],
  fields,
  indexes: 'id, boardId, fromId, toId, reviewDate',
  freeText: ['notes'],
  personal: ['notes'],
};
