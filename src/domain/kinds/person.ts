import { z } from 'zod';
import { isoDate } from '../dates';
import { enumOf, recordBase } from '../records/base';
import { contextsSchema, emptyContexts } from '../records/contexts';
import { dateOfBirthProblem } from '../rules';
import { nameText, notesText, shortText } from '../text';
import { harmRoles, keysOf, personKinds, riskLevels, suggestedAgencies } from '../vocabulary';
import { commaList, optionalDate, optionalWholeNumber, type FieldDef } from './fields';
import { onBoard, stamps, type Given, type RecordKind } from './kind';

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
  /**
   * The person's reference in the system they were brought in from (a case number), so a later
   * import can find them again. Defaulted: records stored before it existed read as ''.
   */
  reference: shortText(64).default(''),
});
export type Person = z.infer<typeof personSchema>;

/** Initials from a name: "Jordan Ade-Smith" -> "JA". */
export function initialsOf(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
}

/** Renaming someone: their initials follow the new name unless someone set them by hand. */
export function renamePatch(
  person: { displayName: string; initials: string },
  name: string,
): { displayName: string; initials?: string } {
  const followsName = !person.initials || person.initials === initialsOf(person.displayName);
  return followsName ? { displayName: name, initials: initialsOf(name) } : { displayName: name };
}

type NewPerson = Given<Person, 'id' | 'boardId' | 'displayName'>;

export function newPerson(
  id: string,
  boardId: string,
  fields: Given<Person, 'displayName'>,
): Person {
  return {
    fullName: '',
    initials: initialsOf(fields.displayName),
    pseudonym: '',
    kind: 'young-person',
    age: null,
    dateOfBirth: null,
    gender: '',
    school: '',
    leadAgency: '',
    leadPractitioner: '',
    harmRole: 'not-known',
    riskLevel: 'not-assessed',
    indicators: [],
    strengths: [],
    contexts: emptyContexts(),
    notes: '',
    tags: [],
    reference: '',
    ...stamps,
    ...fields,
    id,
    boardId,
  };
}

/** The person's fields in panel order (DESIGN §3); indicators, strengths and contexts have their own sections. */
const fields: readonly FieldDef[] = [
  { key: 'displayName', label: 'Name shown', control: 'text' },
  { key: 'fullName', label: 'Full name', control: 'text' },
  { key: 'initials', label: 'Initials', control: 'text', half: true },
  { key: 'pseudonym', label: 'Pseudonym', control: 'text', half: true },
  { key: 'kind', label: 'Kind', control: 'select', options: personKinds, half: true },
  { key: 'gender', label: 'Gender', control: 'text', half: true },
  { key: 'age', label: 'Age', control: 'number', ...optionalWholeNumber, half: true },
  {
    key: 'dateOfBirth',
    label: 'Date of birth',
    control: 'date',
    ...optionalDate,
    rule: (v) => dateOfBirthProblem(v as string | null),
    half: true,
  },
  { key: 'harmRole', label: 'Harm role', control: 'select', options: harmRoles, half: true },
  { key: 'riskLevel', label: 'Risk level', control: 'select', options: riskLevels, half: true },
  { key: 'school', label: 'School', control: 'text' },
  { key: 'leadAgency', label: 'Lead agency', control: 'text', suggestions: suggestedAgencies },
  { key: 'leadPractitioner', label: 'Lead practitioner', control: 'text' },
  { key: 'tags', label: 'Tags', control: 'text', ...commaList },
  {
    key: 'reference',
    label: 'Case reference',
    control: 'text',
    hint: 'Its number in the system it came from (a case or log number), to match it in a later import.',
  },
  { key: 'notes', label: 'Notes', control: 'textarea' },
];

export const personKind: RecordKind<Person, 'people', NewPerson> = {
  table: 'people',
  noun: { one: 'person', many: 'people' },
  schema: personSchema,
  create: ({ id, boardId, ...rest }) => newPerson(id, boardId, rest),
  references: [onBoard],
  fields,
  indexes: 'id, boardId',
  freeText: ['notes', 'indicators.note', 'contexts.*.notes'],
  personal: [
    'displayName',
    'fullName',
    'initials',
    'pseudonym',
    'age',
    'dateOfBirth',
    'gender',
    'school',
    'leadPractitioner',
    'indicators',
    'strengths',
    'contexts',
    'notes',
    'tags',
    'reference',
  ],
};
