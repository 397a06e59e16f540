import type { Association } from '../../kinds/association';
import type { Person } from '../../kinds/person';
import { nameKey, type BoardIndex } from './boardIndex';
import type { BuiltRow } from './buildRows';
import type { ImportKind } from './targets';

/** A row that is likely a record already on the board. */
export interface DuplicateMatch {
  line: number;
  existingId: string;
  /** Why it matches, in plain words: "same case reference". */
  reason: string;
}

type Fields = Record<string, unknown>;
const text = (r: Fields, key: string) => (typeof r[key] === 'string' ? r[key] : '');

function firstBy<R>(records: readonly R[], key: (r: R) => string): Map<string, R> {
  const map = new Map<string, R>();
  for (const r of records) {
    const k = key(r);
    if (k && !map.has(k)) map.set(k, r);
  }
  return map;
}

const pairKey = (a: Pick<Association, 'fromId' | 'toId' | 'kind'>) =>
  [a.fromId, a.toId].sort().join('\u0000') + `\u0000${a.kind}`;

/**
 * Rows likely to be records already on the board: the same reference (the id column of the
 * system they came from); or, for a person, the same name and date of birth; for a place, the
 * same name; for an association, the same two people and kind (either way round).
 */
export function findDuplicates(
  kind: ImportKind,
  rows: readonly BuiltRow[],
  index: BoardIndex,
): DuplicateMatch[] {
  const out: DuplicateMatch[] = [];
  const refs = (list: readonly { id: string; reference: string }[]) =>
    firstBy(list, (r) => nameKey(r.reference));
  if (kind === 'associations') {
    const pairs = firstBy(index.associations, pairKey);
    for (const row of rows) {
      const hit = pairs.get(pairKey(row.record as Association));
      if (hit) out.push({ line: row.line, existingId: hit.id, reason: 'same two people and kind' });
    }
    return out;
  }
  const list =
    kind === 'people' ? index.people : kind === 'places' ? index.places : index.incidents;
  const byRef = refs(list);
  const byName =
    kind === 'people'
      ? firstBy(
          index.people.flatMap((p) => [p.displayName, p.fullName].map((n) => ({ n, p }))),
          ({ n, p }) => (p.dateOfBirth && n ? `${nameKey(n)}\u0000${p.dateOfBirth}` : ''),
        )
      : kind === 'places'
        ? firstBy(
            index.places.map((p) => ({ n: p.name, p })),
            ({ n }) => nameKey(n),
          )
        : new Map<string, { p: { id: string } }>();
  for (const row of rows) {
    const r = row.record as unknown as Fields;
    const ref = nameKey(text(r, 'reference'));
    const sameRef = ref ? byRef.get(ref) : undefined;
    if (sameRef) {
      out.push({
        line: row.line,
        existingId: sameRef.id,
        reason: kind === 'people' ? 'same case reference' : 'same reference',
      });
      continue;
    }
    if (kind === 'people') {
      const p = r as unknown as Person;
      const hit = [p.displayName, p.fullName]
        .filter(Boolean)
        .map((n) => (p.dateOfBirth ? byName.get(`${nameKey(n)}\u0000${p.dateOfBirth}`) : undefined))
        .find(Boolean);
      if (hit)
        out.push({ line: row.line, existingId: hit.p.id, reason: 'same name and date of birth' });
    } else if (kind === 'places') {
      const hit = byName.get(nameKey(text(r, 'name')));
      if (hit) out.push({ line: row.line, existingId: hit.p.id, reason: 'same name' });
    }
  }
  return out;
}

/** A row that repeats an earlier row of the same file (its reference, or the same association). */
export interface Repeat {
  line: number;
  field: string | null;
  reason: string;
}

export function repeatedInFile(kind: ImportKind, rows: readonly BuiltRow[]): Repeat[] {
  const seen = new Map<string, number>();
  const out: Repeat[] = [];
  for (const row of rows) {
    const r = row.record as unknown as Fields;
    const key =
      kind === 'associations'
        ? pairKey(r as unknown as Association)
        : nameKey(text(r, 'reference'));
    if (!key) continue;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, row.line);
    else
      out.push(
        kind === 'associations'
          ? { line: row.line, field: null, reason: `repeats the association on line ${first}` }
          : {
              line: row.line,
              field: 'reference',
              reason: `repeats the reference “${text(r, 'reference')}” of line ${first}`,
            },
      );
  }
  return out;
}
