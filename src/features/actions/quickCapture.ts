import type { BoardContent } from '../../db/queries';
import { useActionCapture } from '../../state/actionCaptureStore';
import { useStatus } from '../../state/statusStore';
import { useUi } from '../../state/uiStore';

/**
 * Shift+A: opens the quick action box for the one selected person, group or place, or for the
 * whole board when nothing is selected.
 */
export function startActionCapture(content: Pick<BoardContent, 'board'>): void {
  const { people, groups, places, associations, annotations, incidents } =
    useUi.getState().selection;
  const total =
    people.length +
    groups.length +
    places.length +
    associations.length +
    annotations.length +
    incidents.length;
  const open = useActionCapture.getState().open;
  if (total === 0) return open({ kind: 'board', id: content.board.id });
  if (total === 1 && people[0]) return open({ kind: 'person', id: people[0] });
  if (total === 1 && groups[0]) return open({ kind: 'group', id: groups[0] });
  if (total === 1 && places[0]) return open({ kind: 'place', id: places[0] });
  useStatus.getState().notify({
    tone: 'info',
    text: 'Select one person, group or place for an action, or nothing for the whole board.',
  });
}
