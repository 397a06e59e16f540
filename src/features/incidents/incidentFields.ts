import { suggestedAgencies } from '../../domain/vocabulary';
// eslint-disable-next-line no-restricted-imports -- moves with record kinds (issue 11)
import type { FieldDef } from '../records/fieldDefs';

/** The incident's free-text fields; when, kinds of harm, where and who have their own controls. */
export const incidentFields: readonly FieldDef[] = [
  {
    key: 'source',
    label: 'Source',
    control: 'text',
    suggestions: suggestedAgencies,
    hint: 'Who reported it: an agency, a person’s role, a referral.',
  },
  { key: 'notes', label: 'Notes', control: 'textarea' },
];
