import { initialsOf } from './kinds/person';
import type { Person } from './kinds/person';

/** Lower case without accents, so "zoe" finds "Zoë". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * Whether any form of the person's name (shown, full, initials, pseudonym) contains the query.
 * With `safe`, only initials and pseudonym are searched, so presenter-safe search cannot confirm
 * a full name typed in front of the room.
 */
export function matchesName(
  person: Pick<Person, 'displayName' | 'fullName' | 'initials' | 'pseudonym'>,
  query: string,
  forms: 'all' | 'safe' = 'all',
): boolean {
  const q = foldName(query);
  if (!q) return true;
  const searched =
    forms === 'safe'
      ? [person.initials || initialsOf(person.displayName), person.pseudonym]
      : [person.displayName, person.fullName, person.initials, person.pseudonym];
  return searched.some((form) => foldName(form).includes(q));
}
