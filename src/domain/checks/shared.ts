import type { Action } from '../kinds/action';
import type { CheckRecordRef, CheckRule } from './types';

/** Planned or in progress: an action that is still meant to happen. */
export const isOpen = (a: Action): boolean => a.status === 'planned' || a.status === 'in-progress';

/** Anything but dropped: a done action still shows the plan addressed the concern. */
export const isLive = (a: Action): boolean => a.status !== 'dropped';

/**
 * Agency names are typed freely ("SNT", "Safer Neighbourhood Team (north)"), so matching is
 * forgiving: case and punctuation are ignored, and a match is either name containing the other.
 */
export function normaliseAgency(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function agencyMatches(agency: string, wanted: string): boolean {
  const a = normaliseAgency(agency);
  const w = normaliseAgency(wanted);
  if (!a || !w) return false;
  return a.includes(w) || w.includes(a);
}

/** Schools, practitioners and agencies compared as people type them: trimmed, any case. */
export const sameText = (s: string): string => s.trim().toLowerCase();

/** A key built from the rule and the records involved, so it survives unrelated edits. */
export const findingKey = (rule: CheckRule, ...parts: string[]): string =>
  [rule, ...parts].join(':');

/** A short stable fingerprint (FNV-1a) for keys that would otherwise grow with a list of ids. */
export function fingerprint(values: readonly string[]): string {
  let h = 0x811c9dc5;
  for (const ch of values.join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** "A, B and C": names joined as people say them. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]!}`;
}

export const ref = (kind: CheckRecordRef['kind'], id: string): CheckRecordRef => ({ kind, id });

/** Records indexed by a key, keeping their order: checks stay linear on a 2,000-person board. */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** "a bullying association", "a criminal association" (its label already says association). */
export function associationInWords(kindLabel: string): string {
  const k = kindLabel.toLowerCase();
  return k.endsWith('association') ? k : `${k} association`;
}
