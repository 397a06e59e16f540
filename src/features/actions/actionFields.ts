import { actionStatuses, contextKeys, suggestedAgencies } from '../../domain/vocabulary';
// eslint-disable-next-line no-restricted-imports -- moves with record kinds (issue 11)
import { optionalDate, type FieldDef, type Parsed } from '../records/fieldDefs';

const noContext = { key: '', label: 'None in particular' };

/** An action's fields, edited in place in its row; the schema checks each change before it is saved. */
export const actionFields: readonly FieldDef[] = [
  { key: 'description', label: 'Action', control: 'textarea' },
  {
    key: 'agency',
    label: 'Owning agency',
    control: 'text',
    suggestions: suggestedAgencies,
    half: true,
  },
  { key: 'owner', label: 'Named owner', control: 'text', half: true },
  { key: 'status', label: 'Status', control: 'select', options: actionStatuses, half: true },
  {
    key: 'context',
    label: 'Context it addresses',
    control: 'select',
    options: [noContext, ...contextKeys],
    parse: (t: string): Parsed => ({ value: t === '' ? null : t }),
    half: true,
  },
  {
    key: 'dueDate',
    label: 'Due date',
    control: 'date',
    parse: (t: string): Parsed => (t === '' ? { problem: 'Give a due date' } : { value: t }),
    half: true,
  },
  { key: 'reviewDate', label: 'Review date', control: 'date', ...optionalDate, half: true },
  { key: 'goal', label: 'Goal', control: 'text' },
  { key: 'outcome', label: 'Outcome note', control: 'textarea' },
];
