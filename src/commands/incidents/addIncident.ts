import { formatDate } from '../../domain/dates';
import { newIncident } from '../../domain/kinds/incident';
import type { Incident } from '../../domain/kinds/incident';
import type { Command } from '../command';
import { checkIncident } from './incidentChecks';

/**
 * Records an incident at a place or at a point on the map. The label names the date only: undo
 * labels and the change log are shown on the projector, and an incident's people are not for that.
 */
export function addIncident(
  boardId: string,
  id: string,
  fields: Pick<Incident, 'occurredAt' | 'harmKinds'> & Partial<Incident>,
): Command {
  return {
    name: 'addIncident',
    label: `Record an incident on ${formatDate(fields.occurredAt.slice(0, 10)) || fields.occurredAt}`,
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const incident = newIncident(id, boardId, fields);
      await checkIncident(reader, incident, true);
      return [{ table: 'incidents', id, after: incident }];
    },
  };
}
