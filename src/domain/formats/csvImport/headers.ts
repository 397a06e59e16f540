import type { ImportColumn } from './table';
import type { ImportTarget } from './targets';

/** A heading or a word compared without case, accents, spaces or punctuation: "D.O.B." is "dob". */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Which target each column goes to (by the column's index), or null for a column left out. */
export type ColumnMapping = readonly (string | null)[];

/**
 * Guesses each column's target from its heading: first a heading that is a target's key or label,
 * then one of its synonyms. A target takes one column; a second column with the same heading is
 * left out for the user to decide.
 */
export function guessMapping(
  columns: readonly ImportColumn[],
  targets: readonly ImportTarget[],
): ColumnMapping {
  const mapping: (string | null)[] = columns.map(() => null);
  const taken = new Set<string>();
  const passes: ((t: ImportTarget) => string[])[] = [
    (t) => [t.key, t.label],
    (t) => [...t.synonyms],
  ];
  for (const words of passes) {
    for (const column of columns) {
      if (mapping[column.index] !== null) continue;
      const heading = squash(column.header);
      if (!heading) continue;
      const hit = targets.find(
        (t) => !taken.has(t.key) && words(t).some((w) => squash(w) === heading),
      );
      if (hit) {
        mapping[column.index] = hit.key;
        taken.add(hit.key);
      }
    }
  }
  return mapping;
}

/** The mapping with `column` sent to `target`; a column that had the target before is left out. */
export function remap(
  mapping: ColumnMapping,
  column: number,
  target: string | null,
): ColumnMapping {
  return mapping.map((t, i) =>
    i === column ? target : target !== null && t === target ? null : t,
  );
}

/** The targets some column goes to. */
export const mappedTargets = (mapping: ColumnMapping): Set<string> =>
  new Set(mapping.filter((t): t is string => t !== null));
