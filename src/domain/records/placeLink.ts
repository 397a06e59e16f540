import { z } from 'zod';
import { isoDate } from '../dates';
import { notesText, shortText } from '../text';
import { confidences, keysOf, placeLinkKinds } from '../vocabulary';
import { enumOf, recordBase } from './base';
import { placeLinkSubjects } from './place';

/** A person or a group linked to a place, e.g. "frequents" the park after school. */
export const placeLinkSchema = z.object({
  ...recordBase,
  placeId: z.string().min(1),
  subjectKind: z.enum(placeLinkSubjects),
  subjectId: z.string().min(1),
  kind: enumOf(keysOf(placeLinkKinds), 'kind of place link'),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  source: shortText(),
  confidence: enumOf(keysOf(confidences), 'confidence'),
  notes: notesText,
});
export type PlaceLink = z.infer<typeof placeLinkSchema>;
