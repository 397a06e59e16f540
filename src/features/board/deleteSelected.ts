import { runCommand } from '../../commands/bus';
import { deleteSelection } from '../../commands/people/deleteSelection';
import { loadErasure } from '../../db/loadErasure';
import type { BoardContent } from '../../db/queries';
import { askActionFate } from '../../state/actionFateStore';
import { useStatus } from '../../state/statusStore';
import { useUi } from '../../state/uiStore';

const notifyError = (message: string) =>
  useStatus.getState().notify({ tone: 'error', text: message });

/** "a note", "3 notes", or nothing when there are none. */
const countOf = (n: number, one: string, many: string) =>
  n === 0 ? '' : n === 1 ? one : `${n} ${many}`;

/** Deletes what is selected, as one undo step, and says what went. */
export async function deleteSelected(content: BoardContent): Promise<void> {
  const { people, associations, groups, annotations, places, incidents } =
    useUi.getState().selection;
  const total =
    people.length +
    associations.length +
    groups.length +
    annotations.length +
    places.length +
    incidents.length;
  if (total === 0) return;
  const nameOf = (list: readonly { id: string }[], id: string, key: 'displayName' | 'name') =>
    (list.find((r) => r.id === id) as Record<string, string> | undefined)?.[key] ?? '';
  const what = [
    people.length === 1
      ? nameOf(content.people, people[0]!, 'displayName') || 'a person'
      : countOf(people.length, '', 'people'),
    countOf(associations.length, '1 association', 'associations'),
    groups.length === 1
      ? `the group ${nameOf(content.groups, groups[0]!, 'name')}`
      : countOf(groups.length, '', 'groups'),
    countOf(annotations.length, 'a note', 'notes'),
    places.length === 1
      ? `the place ${nameOf(content.places, places[0]!, 'name')}`
      : countOf(places.length, '', 'places'),
    countOf(incidents.length, 'an incident', 'incidents'),
  ]
    .filter(Boolean)
    .join(' and ');
  // Actions aimed at what goes: the chair decides whether the plan keeps them.
  const going = new Set([...people, ...groups, ...places]);
  const aimed = content.actions.filter((a) => a.targetKind !== 'board' && going.has(a.targetId));
  const fate = aimed.length > 0 ? await askActionFate(what, aimed.length) : 'delete';
  if (!fate) return;
  // Deleting a person erases them from the board's stored history in the same write.
  if (people.length > 0) await loadErasure();
  const result = await runCommand(
    deleteSelection(content.board.id, people, associations, `Delete ${what}`, {
      groups,
      annotations,
      places,
      incidents,
      actions: fate,
    }),
  );
  if (!result.ok) {
    notifyError(result.message);
    return;
  }
  useUi.getState().clearSelection();
  const lostLinks =
    result.changes.filter((c) => c.table === 'associations').length - associations.length;
  const extra =
    people.length > 0 && lostLinks > 0
      ? ` with ${lostLinks} association${lostLinks === 1 ? '' : 's'}`
      : '';
  useStatus
    .getState()
    .notify({ tone: 'info', text: `Deleted ${what}${extra}.`, undoScope: content.board.id });
}
