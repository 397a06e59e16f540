import { kinds, type AnyRecord, type TableName } from '../kinds';
import type { Person } from '../kinds/person';
import { shownName } from '../naming';
import { labelOf, namePolicies, type NamePolicy } from '../vocabulary';

/**
 * How an export is redacted: names as a name policy shows them (the board's, or presenter-safe's),
 * and free-text notes left out. Every data export takes one of these or none.
 */
export interface Redaction {
  names: NamePolicy;
}

/**
 * Tables a redacted export leaves out whole, and why (said in the file). Their records are free
 * text or copies of everything else, so no field-by-field redaction would make them safe.
 */
export const leftOutWhenRedacted: Partial<Record<TableName, string>> = {
  annotations: 'notes pinned on the diagram (free text)',
  changeLog: 'the change log (it names people in what was done)',
  snapshots: 'meeting snapshots (full copies of the board as it was)',
};

type Fields = Record<string, unknown>;
const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null;

/** `value` with the strings down `keys` emptied; a list empties each item, `*` each value. */
function blankIn(value: unknown, keys: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((v) => blankIn(v, keys));
  const [key, ...rest] = keys;
  if (!isFields(value) || key === undefined) return typeof value === 'string' ? '' : value;
  const down = (v: unknown) => (rest.length === 0 && typeof v === 'string' ? '' : blankIn(v, rest));
  if (key === '*') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, down(v)]));
  }
  if (!Object.hasOwn(value, key)) return value;
  return { ...value, [key]: down(value[key]) };
}

/**
 * A person as the policy shows them: the name shown becomes the name, and the other names are
 * emptied (a pseudonym policy keeps the pseudonym, an initials policy the initials), so the file
 * holds no name the screen would not show.
 */
function redactPerson(person: Person, policy: NamePolicy): Person {
  if (policy === 'full') return { ...person, fullName: '' };
  const shown = shownName(person, policy);
  const pseudonymShown = policy === 'pseudonym' && person.pseudonym.trim() !== '';
  return {
    ...person,
    displayName: shown,
    fullName: '',
    pseudonym: pseudonymShown ? person.pseudonym : '',
    initials: pseudonymShown ? '' : person.initials,
  };
}

/**
 * A record as a redacted export holds it, or null when its table is left out whole. Free text
 * (each kind's `freeText` paths) is emptied; people's names follow the policy.
 */
export function redactRecord<R extends AnyRecord>(
  table: TableName,
  record: R,
  redaction: Redaction,
): R | null {
  if (leftOutWhenRedacted[table]) return null;
  let out: unknown = record;
  for (const path of kinds[table].freeText) out = blankIn(out, path.split('.'));
  if (table === 'people') out = redactPerson(out as Person, redaction.names);
  return out as R;
}

/** The records of a board as a redacted export holds them (tables left out are dropped). */
export function redactRecords<E extends { table: TableName; record: AnyRecord }>(
  entries: readonly E[],
  redaction: Redaction,
): E[] {
  return entries.flatMap((e) => {
    const record = redactRecord(e.table, e.record, redaction);
    return record ? [{ ...e, record }] : [];
  });
}

/** The redaction in one plain sentence, written into every redacted file. */
export function describeRedaction(redaction: Redaction): string {
  const names = labelOf(namePolicies, redaction.names).toLowerCase();
  const leftOut = Object.values(leftOutWhenRedacted).join(', ');
  return (
    `Redacted: people are named by ${names} only (other names left out); ` +
    `free-text notes left out; also left out: ${leftOut}.`
  );
}
