import { z } from 'zod';
import { nameText, notesText, shortText } from '../text';
import { keysOf, placeKinds, riskLevels, weekdays } from '../vocabulary';
import { enumOf, recordBase } from './base';
import { geometryProblem } from '../geo';
import { coordinateSpaces, geometrySchema } from './geometry';

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
  })
  .superRefine((p, ctx) => {
    if (!p.geometry) return;
    const problem = geometryProblem(p.geometry, p.coordinateSpace);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['geometry'] });
  });
export type Place = z.infer<typeof placeSchema>;

export const placeLinkSubjects = ['person', 'group'] as const;
