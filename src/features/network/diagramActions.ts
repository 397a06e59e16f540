import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { useStatus } from '../../state/statusStore';
import { useUi, NO_SELECTION } from '../../state/uiStore';
import { startRenameGroup } from '../groups';
import { startEditNote } from '../notes';
import { neighbourInDirection, type Direction } from './neighbourInDirection';
import { boxAround, placeNear } from './placement';

// What the board's keys and toolbar start on the diagram: the inline boxes drawn over it (a new
// person, a link's kind, a rename) and moving along its links with the arrow keys.

/**
 * Starts the inline name box for a new person: in view beside the selected people, else
 * mid-view, on a clear spot (see `placeNear`).
 */
export function startNewPerson(content: BoardContent, handle: NetworkHandle | null): void {
  if (!handle) return;
  const ui = useUi.getState();
  const selected = new Set(ui.selection.people);
  const around = boxAround(content.positions.filter((p) => selected.has(p.nodeId)));
  const spot = placeNear(handle.visibleBox(), around, content.positions);
  ui.setDraft({ kind: 'new-person', ...spot });
}

/** Starts linking the two selected people (in the order they were selected). */
export function startLink(): void {
  const ui = useUi.getState();
  const [a, b, ...rest] = ui.selection.people;
  if (!a || !b || rest.length > 0) {
    useStatus.getState().notify({
      tone: 'info',
      text: 'Select exactly two people to link them (Ctrl+click, or Space in the people list).',
    });
    return;
  }
  ui.setDraft({ kind: 'pick-kind', fromId: a, toId: b });
}

/** Enter: rename the selected person or group, or edit the selected note. */
export function startRename(): void {
  const ui = useUi.getState();
  const { people, associations, groups, annotations } = ui.selection;
  const total = people.length + associations.length + groups.length + annotations.length;
  if (total !== 1) return;
  if (people[0]) ui.setDraft({ kind: 'rename', personId: people[0] });
  else if (groups[0]) startRenameGroup();
  else if (annotations[0]) startEditNote();
}

/** Moves the selection to the person linked to the selected one that lies in the arrow's direction. */
export function moveToNeighbour(
  content: BoardContent,
  direction: Direction,
  handle: NetworkHandle | null,
): void {
  const ui = useUi.getState();
  const [only, ...rest] = ui.selection.people;
  const notify = (text: string) => useStatus.getState().notify({ tone: 'info', text });
  if (!only || rest.length > 0)
    return notify(
      'Select one person first, then use the arrow keys to move to the people linked to them.',
    );
  const at = new Map(content.positions.map((p) => [p.nodeId, p]));
  const from = at.get(only);
  if (!from) return;
  const linked = new Set(
    content.associations.flatMap((a) =>
      a.fromId === only ? [a.toId] : a.toId === only ? [a.fromId] : [],
    ),
  );
  const neighbours = [...linked].flatMap((id) => {
    const p = at.get(id);
    return p ? [{ id, x: p.x, y: p.y }] : [];
  });
  const next = neighbourInDirection(from, neighbours, direction);
  if (!next)
    return notify(
      `No one linked to them lies ${direction === 'up' || direction === 'down' ? direction : `to the ${direction}`}.`,
    );
  ui.select({ ...NO_SELECTION, people: [next] });
  handle?.ensureVisible(next);
}
