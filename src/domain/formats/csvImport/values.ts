import type { Term } from '../../vocabulary';
import type { ColumnMapping } from './headers';
import { squash } from './headers';
import { splitList } from './readCell';
import { synonymsOf } from './synonyms';
import type { ImportTable } from './table';
import type { ImportTarget } from './targets';

/** A value as the value map knows it: case and spacing do not tell two values apart. */
export const valueKey = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** One value found in a column, as first written there, and on how many rows. */
export interface FoundValue {
  key: string;
  text: string;
  count: number;
}

/**
 * What each value found for a select maps to: a term's key, or '' for the field's default (as if
 * the cell were empty). A value with no entry is not mapped, and its rows cannot be imported.
 */
export type ValueChoices = Readonly<Record<string, string>>;
/** Value choices by target key. */
export type ValueMap = Readonly<Record<string, ValueChoices>>;

/** The distinct values of a column (each item of a list), most frequent first. */
export function foundValues(table: ImportTable, column: number, list = false): FoundValue[] {
  const found = new Map<string, FoundValue>();
  for (const row of table.rows) {
    const cell = row.cells[column]?.trim() ?? '';
    if (!cell) continue;
    for (const item of list ? splitList(cell) : [cell]) {
      const key = valueKey(item);
      const seen = found.get(key);
      if (seen) seen.count++;
      else found.set(key, { key, text: item, count: 1 });
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/**
 * The term a value most likely means: its key or label ("Significant"), a part of a label with
 * a slash ("Takeaway" for "Shop / takeaway"), or a synonym ("High"). Null when nothing fits.
 */
export function guessTerm(options: readonly Term[], text: string): string | null {
  const word = squash(text);
  if (!word) return null;
  const synonyms = synonymsOf(options);
  const byName = options.find(
    (t) =>
      squash(t.key) === word ||
      squash(t.label) === word ||
      t.label.split('/').some((part) => squash(part) === word),
  );
  if (byName) return byName.key;
  return options.find((t) => (synonyms[t.key] ?? []).some((s) => squash(s) === word))?.key ?? null;
}

/** Guesses for every value found in the columns mapped to selects; values with no guess are left out. */
export function guessValues(
  table: ImportTable,
  mapping: ColumnMapping,
  targets: readonly ImportTarget[],
  keep: ValueMap = {},
): ValueMap {
  const out: Record<string, ValueChoices> = {};
  mapping.forEach((key, column) => {
    const target = targets.find((t) => t.key === key);
    if (!target?.options) return;
    const choices: Record<string, string> = {};
    for (const v of foundValues(table, column, target.list)) {
      const kept = keep[target.key]?.[v.key];
      const guess = kept ?? guessTerm(target.options, v.text);
      if (guess !== null) choices[v.key] = guess;
    }
    out[target.key] = choices;
  });
  return out;
}

/** The value map with one value of a target matched to a term (or, with null, unmatched again). */
export function withValueChoice(
  values: ValueMap,
  target: string,
  value: string,
  choice: string | null,
): ValueMap {
  const group: Record<string, string> = { ...values[target] };
  if (choice === null) delete group[value];
  else group[value] = choice;
  return { ...values, [target]: group };
}
