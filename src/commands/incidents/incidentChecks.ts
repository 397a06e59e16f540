import { WriteRejected, type Reader } from '../../db/writer';
import { occurredAtProblem } from '../../domain/incidentRules';
import type { Incident } from '../../domain/kinds/incident';

/**
 * Checks made inside the write transaction, beyond the record's schema: the time is not in the
 * future, and the place and people it names still exist (another tab may have deleted them).
 */
export async function checkIncident(
  reader: Reader,
  incident: Incident,
  checkTime: boolean,
): Promise<void> {
  if (checkTime) {
    const problem = occurredAtProblem(incident.occurredAt);
    if (problem) throw new WriteRejected(problem, 'validation');
  }
  if (incident.placeId !== null && !(await reader.get('places', incident.placeId)))
    throw new WriteRejected(
      'The place of this incident no longer exists (deleted in another tab?)',
      'conflict',
    );
  const seen = new Set<string>();
  for (const { personId } of incident.involved) {
    if (seen.has(personId))
      throw new WriteRejected('Someone is listed twice among the people involved', 'validation');
    seen.add(personId);
    if (!(await reader.get('people', personId)))
      throw new WriteRejected(
        'Someone involved in this incident is no longer on the board (deleted in another tab?)',
        'conflict',
      );
  }
}
