import { WriteRejected } from '../../db/writer';
import type { Incident } from '../../domain/kinds/incident';
import type { Command } from '../command';
import { checkIncident } from './incidentChecks';

export type IncidentPatch = Partial<Omit<Incident, 'id' | 'boardId' | 'createdAt' | 'updatedAt'>>;

/** Typing in these coalesces into one undo step; ticking, choosing and adding are one step each. */
const typed = new Set(['occurredAt', 'source', 'notes']);

/**
 * Changes an incident from its stored state at write time, not from what a panel last showed, so
 * adding one person never drops another just added (or a kind of harm just ticked).
 */
export function updateIncidentWith(
  incident: Incident,
  field: string,
  apply: (current: Incident) => IncidentPatch,
  label = 'Edit an incident',
): Command {
  return {
    name: 'updateIncident',
    label,
    scope: incident.boardId,
    boardId: incident.boardId,
    ...(typed.has(field) ? { coalesceKey: `incident:${incident.id}:${field}` } : {}),
    plan: async (reader) => {
      const current = await reader.get('incidents', incident.id);
      if (!current)
        throw new WriteRejected(
          'This incident no longer exists (deleted in another tab?)',
          'conflict',
        );
      const patch = apply(current);
      const after = { ...current, ...patch };
      await checkIncident(reader, after, patch.occurredAt !== undefined);
      return [{ table: 'incidents', id: incident.id, after }];
    },
  };
}

/** Sets fields of an incident (the first field names the undo step's coalescing). */
export function updateIncident(incident: Incident, patch: IncidentPatch, label?: string): Command {
  return updateIncidentWith(incident, Object.keys(patch)[0] ?? 'none', () => patch, label);
}
