import { localDateTime } from './kinds/incident';

/**
 * Input rules for recording an incident: checks on what a person enters, beyond the record's
 * schema. An incident is something that has happened, so a time still to come is a slip (often the
 * wrong year), and a date that does not exist (30 February) is refused rather than guessed at.
 */

/** The local date and time now, `YYYY-MM-DDTHH:MM`, the form incidents are recorded in. */
export function localNow(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export const HARM_KINDS_REQUIRED = 'Pick at least one kind of harm';

/** What is wrong with a date and time typed for an incident, in plain words, or null. */
export function occurredAtProblem(value: string, now: Date = new Date()): string | null {
  if (value.trim() === '') return 'Enter the date and time of the incident';
  if (!localDateTime.safeParse(value).success)
    return 'That is not a real date and time; check the day, month, year, hours and minutes';
  if (value > localNow(now)) return 'An incident cannot be in the future; check the date and time';
  return null;
}
