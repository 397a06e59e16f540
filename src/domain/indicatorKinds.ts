import type { IndicatorKind } from './kinds/board';
import type { Person } from './kinds/person';

/** How many recorded indicators, across these people, are of the kind `key`. */
export function indicatorUses(people: readonly Pick<Person, 'indicators'>[], key: string): number {
  let n = 0;
  for (const p of people) for (const i of p.indicators) if (i.kind === key) n++;
  return n;
}

/** Counts per kind key, for showing how much each kind of the list is used. */
export function indicatorUsesByKind(
  people: readonly Pick<Person, 'indicators'>[],
): Map<string, number> {
  const uses = new Map<string, number>();
  for (const p of people)
    for (const i of p.indicators) uses.set(i.kind, (uses.get(i.kind) ?? 0) + 1);
  return uses;
}

/**
 * A stable key for a new kind, from its label. Indicators store the key, so renaming a kind later
 * changes only its label. A key already taken (by a kind in the list, or by an indicator of a kind
 * no longer listed) gets a number, so a new kind never adopts old indicators.
 */
export function kindKeyFor(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'indicator';
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A plain-words problem when a label would repeat another kind's (ignoring case), else null. */
export function duplicateLabel(
  label: string,
  kinds: readonly IndicatorKind[],
  exceptKey?: string,
): string | null {
  const same = kinds.find(
    (k) => k.key !== exceptKey && k.label.trim().toLowerCase() === label.trim().toLowerCase(),
  );
  return same ? `The list already has “${same.label}”` : null;
}
