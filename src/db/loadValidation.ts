import { recordNoun, validateRecord, type TableName, type TableRecords } from '../domain/kinds';

/** A stored record that failed validation when loaded: reported and kept aside, never dropped. */
export interface QuarantinedRecord {
  table: TableName;
  id: string;
  noun: string;
  problem: string;
}

// Records are immutable values stamped with `updatedAt` on every write, so a record validated once
// need not be parsed again until it changes. This keeps large boards cheap to re-render.
const validated = new Map<string, string>();

/**
 * Splits loaded records into the valid ones and those kept aside. Invalid records stay in the
 * database untouched (so a later version or support can recover them) but are not shown.
 */
export function checkLoaded<T extends TableName>(
  table: T,
  records: readonly TableRecords[T][],
  quarantine: QuarantinedRecord[],
): TableRecords[T][] {
  const good: TableRecords[T][] = [];
  for (const record of records) {
    // What comes out of storage may be anything (an older or damaged record), whatever its type says.
    const r = record as unknown as { id?: unknown; updatedAt?: unknown } | null;
    const key = `${table}\u0000${typeof r?.id === 'string' ? r.id : ''}`;
    if (r && typeof r.updatedAt === 'string' && validated.get(key) === r.updatedAt) {
      good.push(record);
      continue;
    }
    const result = validateRecord(table, record);
    if (result.ok) {
      validated.set(key, result.value.updatedAt);
      good.push(record);
    } else {
      const first = result.problems[0];
      quarantine.push({
        table,
        id: typeof r?.id === 'string' ? r.id : '(no id)',
        noun: recordNoun[table],
        problem: first ? first.words : 'not readable',
      });
    }
  }
  return good;
}
