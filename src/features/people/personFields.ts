import { dateOfBirthProblem } from '../../domain/rules';
import { harmRoles, personKinds, riskLevels, suggestedAgencies } from '../../domain/vocabulary';
// eslint-disable-next-line no-restricted-imports -- moves with record kinds (issue 11)
import { commaList, optionalDate, optionalWholeNumber, type FieldDef } from '../records/fieldDefs';

/** The person's fields in panel order (DESIGN §3); indicators, strengths and contexts have their own sections. */
export const personFields: readonly FieldDef[] = [
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
  { key: 'notes', label: 'Notes', control: 'textarea' },
];
