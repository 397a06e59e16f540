import { changeKey, type Conflict, type Fields, type RecordChange } from '../domain/changeSet';
import { nounFor, recordNoun, type TableName } from '../domain/kinds';

/** The words people see for fields, where the field's key would not do. */
const fieldWords: Record<string, string> = {
  displayName: 'name',
  fullName: 'full name',
  riskLevel: 'risk level',
  harmRole: 'harm role',
  leadAgency: 'lead agency',
  leadPractitioner: 'lead practitioner',
  dateOfBirth: 'date of birth',
  reviewDate: 'review date',
  dueDate: 'due date',
  fromId: 'who it is from',
  toId: 'who it is to',
};

export function fieldWord(field: string): string {
  return fieldWords[field] ?? field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function nameOf(table: TableName, record: Fields | null): string {
  const r = record as { displayName?: unknown; name?: unknown; title?: unknown } | null;
  const name = [r?.displayName, r?.name, r?.title].find((n) => typeof n === 'string' && n);
  return typeof name === 'string' ? `${recordNoun[table]} “${name}”` : `a ${recordNoun[table]}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function reasonOf(c: Conflict, elsewhere: ReadonlySet<string>): string {
  const logged = elsewhere.has(changeKey(c));
  const where = logged ? ' in another tab' : '';
  const name = nameOf(c.table, c.record);
  if (c.reason === 'deleted')
    return `${name} has been deleted ${logged ? 'in another tab' : 'since (perhaps in another tab)'}`;
  if (c.reason === 'exists') return `${name} exists again`;
  const fields = list(c.fields.map(fieldWord));
  return `the ${fields} of ${name} ${c.fields.length === 1 ? 'was' : 'were'} changed${where} since, and ${c.fields.length === 1 ? 'is' : 'are'} left as ${c.fields.length === 1 ? 'it is' : 'they are'}`;
}

/**
 * The plain-words account of what an undo or redo could not do, and why, or what else it had to
 * remove; null when it did exactly what was asked.
 */
export function describeReplay(
  direction: 'undo' | 'redo',
  label: string,
  report: {
    conflicts: Conflict[];
    dangling: RecordChange[];
    touchedElsewhere: ReadonlySet<string>;
  },
  /** Nothing could be applied: the message says it could not, rather than "except". */
  nothingDone: boolean,
): string | null {
  const parts: string[] = [];
  const reasons = list(report.conflicts.map((c) => reasonOf(c, report.touchedElsewhere)));
  if (report.conflicts.length > 0)
    parts.push(
      nothingDone
        ? `Could not ${direction} “${label}”: ${reasons}.`
        : `${direction === 'undo' ? 'Undid' : 'Redid'} “${label}” except where it was changed since: ${reasons}.`,
    );
  if (report.dangling.length > 0) {
    const counts = new Map<TableName, number>();
    for (const d of report.dangling) counts.set(d.table, (counts.get(d.table) ?? 0) + 1);
    const what = list([...counts].map(([t, n]) => `${n} ${nounFor(t, n)}`));
    parts.push(
      `Also removed ${what} added since that pointed at what was ${direction}ne; ${direction === 'undo' ? 'redo' : 'undo'} brings ${report.dangling.length === 1 ? 'it' : 'them'} back.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
