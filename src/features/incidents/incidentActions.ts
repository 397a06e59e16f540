import type { IncidentTapped } from '../../adapters/leaflet/incidentTypes';
import type { MapIntent } from '../../adapters/leaflet/mapIntents';
import { runCommand, type RunResult } from '../../commands/bus';
import { addIncident } from '../../commands/incidents/addIncident';
import { newId } from '../../domain/ids';
import type { Incident } from '../../domain/kinds/incident';
import type { HarmKind } from '../../domain/vocabulary';
import { useIncidentDraft, type IncidentSpot } from '../../state/incidentDraftStore';
import { useMapUi } from '../../state/mapStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';

/** Opens the new-incident form for a spot (a place, or a point clicked on the map). */
export function startIncidentAt(spot: IncidentSpot): void {
  useMapUi.getState().setTool('select');
  useIncidentDraft.getState().setDraft(spot);
}

/** "Add incident" on the map: the next click says where. */
export function startPlacingIncident(): void {
  useMapUi.getState().setTool('select');
  useIncidentDraft.setState({ placing: true, draft: null });
}

export function stopPlacingIncident(): void {
  useIncidentDraft.getState().setPlacing(false);
}

/**
 * While "Add incident" is on, a click on a place or on the map picks the spot of the new incident
 * instead of selecting. Returns whether the intent was used, so the map does nothing else with it.
 */
export function takeIncidentIntent(intent: MapIntent): boolean {
  if (!useIncidentDraft.getState().placing) return false;
  if (intent.type === 'place/tapped') {
    startIncidentAt({ placeId: intent.placeId });
    return true;
  }
  if (intent.type === 'background/tapped') {
    startIncidentAt({ point: [intent.at[0], intent.at[1]] });
    return true;
  }
  return false;
}

/**
 * A click on an incident marker selects it (Shift adds to the selection). While placing a new
 * incident, it puts the new one at the same spot instead.
 */
export function incidentTapped(intent: IncidentTapped, incidents: readonly Incident[]): void {
  if (useIncidentDraft.getState().placing) {
    const at = incidents.find((i) => i.id === intent.incidentId);
    if (at?.placeId) startIncidentAt({ placeId: at.placeId });
    else if (at?.point) startIncidentAt({ point: [at.point[0], at.point[1]] });
    return;
  }
  selectIncident(intent.incidentId, intent.additive);
}

export function selectIncident(id: string, additive = false): void {
  const ui = useUi.getState();
  const current = ui.selection.incidents;
  const incidents = additive
    ? current.includes(id)
      ? current.filter((x) => x !== id)
      : [...current, id]
    : [id];
  ui.select({ ...NO_SELECTION, incidents });
}

/** Where an incident happened, as the spot a new one at the same place would take. */
export function spotOf(incident: Pick<Incident, 'placeId' | 'point'>): IncidentSpot | null {
  if (incident.placeId) return { placeId: incident.placeId };
  if (incident.point) return { point: [incident.point[0], incident.point[1]] };
  return null;
}

/**
 * Stores a new incident and selects it, so its panel opens for people, source and notes; or, for
 * `another`, leaves the form open at the same spot for the next one (a run of incidents reported
 * at one place is recorded without picking it again each time).
 */
export async function saveNewIncident(
  boardId: string,
  spot: IncidentSpot,
  fields: { occurredAt: string; harmKinds: HarmKind[]; source: string },
  { another = false } = {},
): Promise<RunResult> {
  const id = newId();
  const where = 'placeId' in spot ? { placeId: spot.placeId } : { point: spot.point };
  const result = await runCommand(addIncident(boardId, id, { ...fields, ...where }));
  if (result.ok && !another) {
    useIncidentDraft.getState().setDraft(null);
    useUi.getState().select({ ...NO_SELECTION, incidents: [id] });
  }
  return result;
}
