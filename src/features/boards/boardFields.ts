import { reviewDateProblem } from '../../domain/rules';
import { namePolicies } from '../../domain/vocabulary';
// eslint-disable-next-line no-restricted-imports -- moves with record kinds (issue 11)
import { optionalDate, type FieldDef } from '../records/fieldDefs';

/** A board's own fields, edited in the side panel when nothing is selected. */
export const boardFields: readonly FieldDef[] = [
  { key: 'title', label: 'Title', control: 'text' },
  { key: 'purpose', label: 'Why are we mapping?', control: 'textarea' },
  { key: 'owner', label: 'Owner', control: 'text', half: true },
  {
    key: 'reviewDate',
    label: 'Review by',
    control: 'date',
    rule: (v) => (v ? reviewDateProblem(v as string) : 'Pick a review date'),
    half: true,
  },
  { key: 'classification', label: 'Classification marking', control: 'text' },
  {
    key: 'namePolicy',
    label: 'Names shown',
    control: 'select',
    options: namePolicies,
    hint: 'On the diagram, lists and exports. Presenter-safe (P) never shows full names.',
  },
  {
    key: 'retentionDate',
    label: 'Keep until',
    control: 'date',
    ...optionalDate,
    hint: 'When this board should be deleted, under your retention policy.',
  },
  { key: 'notes', label: 'Board notes', control: 'textarea' },
];
