import { z } from 'zod';
import { notesText, shortText } from '../text';
import { harmKinds, incidentRoles, keysOf } from '../vocabulary';
import { enumOf, recordBase } from './base';
import { positionSchema } from './geometry';
import { isRealDate } from '../dates';

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
  })
  .refine((i) => i.placeId !== null || i.point !== null, {
    error: 'An incident happens at a place or a point on the map',
    path: ['placeId'],
  });
export type Incident = z.infer<typeof incidentSchema>;
