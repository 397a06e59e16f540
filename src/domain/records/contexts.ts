import { z } from 'zod';
import { contextKeys, keysOf, riskLevels, type ContextKey } from '../vocabulary';
import { enumOf } from './base';
import { notesText } from '../text';

/**
 * Concern in one of a young person's (or group's) contexts. `weight` answers "which context must
 * change first for safety to increase": 0 = not a priority, 5 = must change first.
 */
export const contextConcernSchema = z.object({
  concern: enumOf(keysOf(riskLevels), 'concern level'),
  weight: z
    .number()
    .int()
    .min(0, { error: 'Weight is 0 to 5' })
    .max(5, { error: 'Weight is 0 to 5' }),
  notes: notesText,
});
export type ContextConcern = z.infer<typeof contextConcernSchema>;

export const contextsSchema = z.object(
  Object.fromEntries(keysOf(contextKeys).map((k) => [k, contextConcernSchema])) as Record<
    ContextKey,
    typeof contextConcernSchema
  >,
);
export type Contexts = z.infer<typeof contextsSchema>;

export function emptyContexts(): Contexts {
  const blank = (): ContextConcern => ({ concern: 'not-assessed', weight: 0, notes: '' });
  return { home: blank(), peer: blank(), school: blank(), neighbourhood: blank(), online: blank() };
}
