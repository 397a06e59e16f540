import { todayString } from './dates';
import type { Association } from './kinds/association';
import { labelOf, associationKinds } from './vocabulary';

/**
 * Input rules: checks that apply when a person enters a value, not to stored records. A review date
 * that has since passed is valid data (the checks flag it); entering one that has passed is a slip.
 */
export function reviewDateProblem(date: string | null, now: Date = new Date()): string | null {
  if (!date) return null;
  return date < todayString(now)
    ? 'The review date has already passed; pick today or a later date'
    : null;
}

export function dateOfBirthProblem(date: string | null, now: Date = new Date()): string | null {
  if (!date) return null;
  return date > todayString(now) ? 'The date of birth cannot be in the future' : null;
}

/** An association of the same kind between the same two people already exists (either way round). */
export function duplicateAssociation(
  existing: readonly Association[],
  candidate: Pick<Association, 'id' | 'fromId' | 'toId' | 'kind'>,
): Association | undefined {
  return existing.find(
    (a) =>
      a.id !== candidate.id &&
      a.kind === candidate.kind &&
      ((a.fromId === candidate.fromId && a.toId === candidate.toId) ||
        (a.fromId === candidate.toId && a.toId === candidate.fromId)),
  );
}

export function duplicateAssociationMessage(
  kind: Association['kind'],
  a: string,
  b: string,
): string {
  return `${a} and ${b} already have a ${labelOf(associationKinds, kind).toLowerCase()} association`;
}

export const SELF_ASSOCIATION_MESSAGE = 'A person cannot be associated with themself';
