import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { boxAround, freeSpotNear, placeNear } from '../network';

/**
 * Diagram spots for the people a line adds, as N places one (`placeNear`): inside the visible
 * part of the diagram, beside the selected people, else mid-view, each clear of everyone and of
 * the spots before it, so they land where the chair is looking.
 */
export function spotsForNewPeople(
  count: number,
  content: Pick<BoardContent, 'positions'>,
  handle: NetworkHandle | null,
): { x: number; y: number }[] {
  const selected = new Set(useUi.getState().selection.people);
  const around = boxAround(content.positions.filter((p) => selected.has(p.nodeId)));
  const taken: { x: number; y: number }[] = [...content.positions];
  const spots: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    // Without a drawn diagram (the map alone is open) there is no view to keep them in.
    const spot = handle
      ? placeNear(handle.visibleBox(), around, taken)
      : freeSpotNear({ x: 0, y: 0 }, taken);
    spots.push(spot);
    taken.push(spot);
  }
  return spots;
}

/**
 * Brings a person the line has just added into view once the diagram has drawn them (a frame or
 * two after the write): the spot is beside the selection, which may itself be near the edge.
 */
export function revealWhenDrawn(handle: () => NetworkHandle | null, id: string, frames = 60): void {
  const h = handle();
  if (h?.labelOf(id) != null) return h.ensureVisible(id);
  if (frames > 0) requestAnimationFrame(() => revealWhenDrawn(handle, id, frames - 1));
}
