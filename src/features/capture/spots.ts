import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useUi } from '../../state/uiStore';
import { freeSpotNear } from '../network';

/**
 * Diagram spots for the people a line adds: beside the selected person, else in the middle of the
 * visible diagram, each clear of everyone (like N does), so they land where the chair is looking.
 */
export function spotsForNewPeople(
  count: number,
  content: Pick<BoardContent, 'positions'>,
  handle: NetworkHandle | null,
): { x: number; y: number }[] {
  const anchorId = useUi.getState().selection.people[0];
  const anchor = anchorId ? content.positions.find((p) => p.nodeId === anchorId) : undefined;
  const near = anchor
    ? { x: anchor.x + 140, y: anchor.y }
    : (handle?.viewportCenter() ?? { x: 0, y: 0 });
  const taken: { x: number; y: number }[] = [...content.positions];
  const spots: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const spot = freeSpotNear(near, taken);
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
