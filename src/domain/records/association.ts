import { z } from 'zod';
import { isoDate } from '../dates';
import { notesText, shortText } from '../text';
import { associationKinds, confidences, keysOf } from '../vocabulary';
import { enumOf, recordBase } from './base';

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
