import { runCommand, type RunResult } from '../../commands/bus';
import { addPlace } from '../../commands/places/addPlace';
import { updatePlace } from '../../commands/places/updatePlace';
import { geometryProblem } from '../../domain/geo';
import { newId } from '../../domain/ids';
import type { CoordinateSpace, Geometry } from '../../domain/records/geometry';
import type { Place } from '../../domain/kinds/place';
import type { PlaceKind } from '../../domain/vocabulary';
import { useStatus } from '../../state/statusStore';
import { NO_SELECTION, useUi } from '../../state/uiStore';

const refuse = (message: string): RunResult => {
  useStatus.getState().notify({ tone: 'error', text: message });
  return { ok: false, message };
};

/**
 * Stores a place drawn on the map (or an online space, with no shape) and selects it, so its panel
 * opens for risk, time bands and guardians. A shape that breaks the rules is refused with the
 * reason and nothing is stored.
 */
export async function saveNewPlace(
  boardId: string,
  name: string,
  kind: PlaceKind,
  geometry: Geometry | null,
  space: CoordinateSpace,
): Promise<RunResult> {
  const problem = geometry && geometryProblem(geometry, space);
  if (problem) return refuse(problem);
  const id = newId();
  const result = await runCommand(
    addPlace(boardId, id, {
      name,
      kind,
      geometry: kind === 'online' ? null : geometry,
      coordinateSpace: space,
    }),
  );
  if (result.ok) useUi.getState().select({ ...NO_SELECTION, places: [id] });
  return result;
}

/** A place moved or reshaped on the map: one undo step per gesture. */
export async function reshapePlace(place: Place, geometry: Geometry): Promise<RunResult> {
  const problem = geometryProblem(geometry, place.coordinateSpace);
  if (problem) return refuse(`${place.name} was not changed: ${problem}`);
  return runCommand(updatePlace(place, { geometry }));
}

export function selectPlace(placeId: string, additive: boolean): void {
  const ui = useUi.getState();
  const current = ui.selection.places;
  const places = additive
    ? current.includes(placeId)
      ? current.filter((id) => id !== placeId)
      : [...current, placeId]
    : [placeId];
  ui.select({ ...NO_SELECTION, places });
}
