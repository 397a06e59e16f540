import type { Person } from '../../domain/records/person';

/** Lower case without accents, so "zoe" finds "Zoë". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Whether any form of the person's name (shown, full, initials, pseudonym) contains the query. */
export function matchesName(
  person: Pick<Person, 'displayName' | 'fullName' | 'initials' | 'pseudonym'>,
  query: string,
): boolean {
  const q = foldName(query);
  if (!q) return true;
  return [person.displayName, person.fullName, person.initials, person.pseudonym].some((form) =>
    foldName(form).includes(q),
  );
}
