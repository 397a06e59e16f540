import { z } from 'zod';
import { geometryProblem } from '../geo';
import { enumOf, recordBase } from '../records/base';
import { coordinateSpaces, geometrySchema } from '../records/geometry';
import { nameText, notesText, shortText } from '../text';
import { keysOf, placeKinds, riskLevels, weekdays } from '../vocabulary';
import type { FieldDef } from './fields';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'A time like 15:00' });

/**
 * When a place is a concern, e.g. weekdays 15:00-18:00. A band whose "to" is earlier than its
 * "from" runs overnight (Fri 22:00-02:00 ends early on Saturday): the days are the evenings it
 * starts. The same time at both ends has no length, so it is refused rather than read as 24 hours.
 */
export const timeBandSchema = z
  .object({
    days: z.array(enumOf(keysOf(weekdays), 'day')).min(1, { error: 'Pick at least one day' }),
    from: clock,
    to: clock,
  })
  .refine((b) => b.from !== b.to, {
    error: 'From and to are the same time: give the band a start and an end',
    path: ['to'],
  })
  .refine((b) => new Set(b.days).size === b.days.length, {
    error: 'A day is listed twice',
    path: ['days'],
  });
export type TimeBand = z.infer<typeof timeBandSchema>;

/** A guardian or place manager: youth worker, warden, shop staff. */
export const guardianSchema = z.object({ name: nameText('guardian name'), role: shortText() });

/** A place where harm happens or safety is found. Online spaces have no geometry. */
export const placeSchema = z
  .object({
    ...recordBase,
    name: nameText('place name'),
    kind: enumOf(keysOf(placeKinds), 'kind of place'),
    geometry: geometrySchema.nullable(),
    coordinateSpace: z.enum(coordinateSpaces),
    riskLevel: enumOf(keysOf(riskLevels), 'risk level'),
    timeBands: z.array(timeBandSchema).max(50),
    guardians: z.array(guardianSchema).max(100),
    agencies: z.array(shortText()).max(50),
    notes: notesText,
    /** The place's reference where it was brought in from; '' for places stored before it existed. */
    reference: shortText(64).default(''),
  })
  .superRefine((p, ctx) => {
    if (!p.geometry) return;
    const problem = geometryProblem(p.geometry, p.coordinateSpace);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['geometry'] });
  });
export type Place = z.infer<typeof placeSchema>;

type NewPlace = Given<Place, 'id' | 'boardId' | 'name' | 'kind' | 'geometry'>;

export function newPlace(
  id: string,
  boardId: string,
  fields: Given<Place, 'name' | 'kind' | 'geometry'>,
): Place {
  return {
    coordinateSpace: 'geo',
    riskLevel: 'not-assessed',
    timeBands: [],
    guardians: [],
    agencies: [],
    notes: '',
    reference: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

/**
 * A place's own fields in panel order; time bands, guardians and agencies have their own
 * sections between the kind and the notes.
 */
const fields: readonly FieldDef[] = [
  { key: 'name', label: 'Place name', control: 'text' },
  { key: 'kind', label: 'Kind of place', control: 'select', options: placeKinds, half: true },
  { key: 'riskLevel', label: 'Risk level', control: 'select', options: riskLevels, half: true },
  {
    key: 'reference',
    label: 'Reference',
    control: 'text',
    hint: 'Its number in the system it came from (a case or log number), to match it in a later import.',
  },
  { key: 'notes', label: 'Notes', control: 'textarea' },
];

export const placeKind: RecordKind<Place, 'places', NewPlace> = {
  table: 'places',
  noun: { one: 'place', many: 'places' },
  schema: placeSchema,
  create: ({ id, boardId, ...rest }) => newPlace(id, boardId, rest),
  references: [onBoard],
  fields,
  indexes: 'id, boardId',
  // A place may be someone's home: its name and where it is say who lives there.
  freeText: ['notes'],
  personal: ['name', 'geometry', 'guardians', 'notes', 'reference'],
};
