import { countOf } from '../words';
import type { ProblemProfile } from './problemProfile';

/** Said on every problem profile, whatever the data: what the counts are and what they are not. */
export const STANDING_CAVEAT =
  'Recorded associations are incomplete: this profile counts only what the agencies recorded on these boards. Nothing here is a finding about a child.';

const share = (part: number, whole: number) => `${Math.round((100 * part) / whole)}%`;
const figure = (n: number) => n.toLocaleString('en-GB');

/**
 * The gaps in what was recorded, in plain words, for the report's caveats: only those that
 * apply. The reader weighs the charts above with them.
 */
export function profileCaveats(quality: ProblemProfile['quality']): string[] {
  const q = quality;
  const out: string[] = [];
  if (q.undatedAssociations > 0)
    out.push(
      `${figure(q.undatedAssociations)} of ${countOf(q.associations, 'association', 'associations')} (${share(q.undatedAssociations, q.associations)}) have no date reported, so they cannot be placed in time.`,
    );
  if (q.suspectedAssociations > 0)
    out.push(
      `${figure(q.suspectedAssociations)} of ${countOf(q.associations, 'association', 'associations')} (${share(q.suspectedAssociations, q.associations)}) are recorded as suspected, the lowest confidence.`,
    );
  if (q.incidentsWithoutPlace > 0)
    out.push(
      `${figure(q.incidentsWithoutPlace)} of ${countOf(q.incidents, 'incident', 'incidents')} are recorded at a point on the map rather than at a place, so they are not counted in the places ranked.`,
    );
  if (q.incidentsWithoutPeople > 0)
    out.push(
      `${figure(q.incidentsWithoutPeople)} of ${countOf(q.incidents, 'incident', 'incidents')} have nobody recorded as involved, so they count towards no young person.`,
    );
  if (q.peopleWithoutLinks > 0)
    out.push(
      `${figure(q.peopleWithoutLinks)} of ${countOf(q.people, 'person', 'people')} have no association, group, place or incident recorded: nothing joins them to anyone or anywhere yet.`,
    );
  if (q.incidents === 0)
    out.push('No incidents are recorded, so no pattern in time or place can be shown.');
  return out;
}
