import { reviewDateProblem } from '../../domain/rules';
import { associationKinds, confidences, suggestedAgencies } from '../../domain/vocabulary';
// eslint-disable-next-line no-restricted-imports -- moves with record kinds (issue 11)
import { optionalDate, type FieldDef } from '../records/fieldDefs';

/** The association's fields in panel order (DESIGN §3); direction has its own control. */
export const associationFields: readonly FieldDef[] = [
  { key: 'kind', label: 'Kind', control: 'select', options: associationKinds, half: true },
  { key: 'confidence', label: 'Confidence', control: 'select', options: confidences, half: true },
  { key: 'sourceAgency', label: 'Source agency', control: 'text', suggestions: suggestedAgencies },
  { key: 'firstReported', label: 'First reported', control: 'date', ...optionalDate, half: true },
  { key: 'lastReported', label: 'Last reported', control: 'date', ...optionalDate, half: true },
  {
    key: 'reviewDate',
    label: 'Review by',
    control: 'date',
    ...optionalDate,
    rule: (v) => reviewDateProblem(v as string | null),
  },
  { key: 'notes', label: 'Notes', control: 'textarea' },
];
