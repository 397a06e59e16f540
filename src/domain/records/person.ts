import { z } from 'zod';
import { isoDate } from '../dates';
import { nameText, notesText, shortText } from '../text';
import { harmRoles, keysOf, personKinds, riskLevels } from '../vocabulary';
import { enumOf, recordBase } from './base';
import { contextsSchema } from './contexts';

/** A dated indicator such as a missing episode; `kind` is a key of the board's indicator list. */
export const indicatorSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.string().min(1).max(40),
  date: isoDate,
  note: shortText(500),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/** A person on a board: usually a young person, sometimes an adult of concern or a professional. */
export const personSchema = z.object({
  ...recordBase,
  displayName: nameText('name'),
  fullName: shortText(),
  initials: shortText(8),
  pseudonym: shortText(),
  kind: enumOf(keysOf(personKinds), 'kind of person'),
  age: z
    .number()
    .int({ error: 'Age is a whole number' })
    .min(0, { error: 'Age cannot be negative' })
    .max(120, { error: 'Age is at most 120' })
    .nullable(),
  dateOfBirth: isoDate.nullable(),
  gender: shortText(60),
  school: shortText(),
  leadAgency: shortText(),
  leadPractitioner: shortText(),
  harmRole: enumOf(keysOf(harmRoles), 'harm role'),
  riskLevel: enumOf(keysOf(riskLevels), 'risk level'),
  indicators: z.array(indicatorSchema).max(1000),
  strengths: z.array(shortText(500)).max(200),
  contexts: contextsSchema,
  notes: notesText,
  tags: z.array(shortText(60)).max(100),
});
export type Person = z.infer<typeof personSchema>;
