import { z } from 'zod';
import { isRealDate } from '../dates';
import { enumOf, recordBase } from '../records/base';
import { positionSchema } from '../records/geometry';
import { notesText, shortText } from '../text';
import { harmKinds, incidentRoles, keysOf, suggestedAgencies } from '../vocabulary';
import type { FieldDef } from './fields';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

/** Local date and time, `YYYY-MM-DDTHH:MM`, as people report incidents (no time zone). */
export const localDateTime = z
  .string()
  .refine(
    (s) => /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/.test(s) && isRealDate(s.slice(0, 10)),
    { error: (iss) => `"${String(iss.input)}" is not a real date and time (YYYY-MM-DDTHH:MM)` },
  );

export const incidentSchema = z
  .object({
    ...recordBase,
    occurredAt: localDateTime,
    harmKinds: z
      .array(enumOf(keysOf(harmKinds), 'kind of harm'))
      .min(1, { error: 'Pick at least one kind of harm' }),
    placeId: z.string().min(1).nullable(),
    point: positionSchema.nullable(),
    involved: z
      .array(z.object({ personId: z.string().min(1), role: enumOf(keysOf(incidentRoles), 'role') }))
      .max(500),
    source: shortText(),
    notes: notesText,
    /** The incident's reference where it was brought in from (a log number); '' before it existed. */
    reference: shortText(64).default(''),
  })
  .refine((i) => i.placeId !== null || i.point !== null, {
    error: 'An incident happens at a place or a point on the map',
    path: ['placeId'],
  });
export type Incident = z.infer<typeof incidentSchema>;

type NewIncident = Given<Incident, 'id' | 'boardId' | 'occurredAt' | 'harmKinds'>;

export function newIncident(
  id: string,
  boardId: string,
  fields: Given<Incident, 'occurredAt' | 'harmKinds'>,
): Incident {
  return {
    placeId: null,
    point: null,
    involved: [],
    source: '',
    notes: '',
    reference: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

/** The incident's free-text fields; when, kinds of harm, where and who have their own controls. */
const fields: readonly FieldDef[] = [
  {
    key: 'source',
    label: 'Source',
    control: 'text',
    suggestions: suggestedAgencies,
    hint: 'Who reported it: an agency, a person’s role, a referral.',
  },
  {
    key: 'reference',
    label: 'Reference',
    control: 'text',
    hint: 'Its number in the system it came from (a case or log number), to match it in a later import.',
  },
  { key: 'notes', label: 'Notes', control: 'textarea' },
];

export const incidentKind: RecordKind<Incident, 'incidents', NewIncident> = {
  table: 'incidents',
  noun: { one: 'incident', many: 'incidents' },
  schema: incidentSchema,
  create: ({ id, boardId, ...rest }) => newIncident(id, boardId, rest),
  references: [
    onBoard,
    // Deleting a place leaves its incidents at the spot where it was (people/deleteSelection.ts).
    { field: 'placeId', to: 'places', onDelete: 'clear', checked: false },
    // Deleting someone takes them out of the incidents they were involved in.
    { field: 'involved.personId', to: 'people', onDelete: 'clear', checked: false },
  ],
  fields,
  indexes: 'id, boardId, placeId, occurredAt',
  freeText: ['notes'],
  personal: ['point', 'source', 'notes', 'reference'],
};
