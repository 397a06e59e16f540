import { linkPeople } from '../../commands/associations/linkPeople';
import { runCommand, type RunResult } from '../../commands/bus';
import { moveNodes } from '../../commands/diagram/moveNodes';
import { addPerson } from '../../commands/people/addPerson';
import { deleteSelection } from '../../commands/people/deleteSelection';
import { updatePerson } from '../../commands/people/updatePerson';
import type { BoardContent } from '../../db/queries';
import { renamePatch } from '../../domain/factories';
import { newId } from '../../domain/ids';
import type { Person } from '../../domain/records/person';
import type { AssociationKind } from '../../domain/vocabulary';
import { useStatus } from '../../state/statusStore';
import { useUi } from '../../state/uiStore';

const notifyError = (message: string) =>
  useStatus.getState().notify({ tone: 'error', text: message });

/** Adds a person typed inline and selects them, so the next key (L, Enter, N) acts on them. */
export async function addPersonAt(
  boardId: string,
  name: string,
  at: { x: number; y: number },
): Promise<RunResult> {
  const id = newId();
  const result = await runCommand(addPerson(boardId, id, { displayName: name }, at));
  if (result.ok) useUi.getState().select({ people: [id], associations: [] });
  return result;
}

/** Renames a person; initials follow the name unless someone set them by hand. */
export function renamePerson(person: Person, name: string): Promise<RunResult> {
  return runCommand(updatePerson(person, renamePatch(person, name)));
}

export async function linkSelected(
  content: BoardContent,
  fromId: string,
  toId: string,
  kind: AssociationKind,
): Promise<RunResult> {
  const name = (id: string) => content.people.find((p) => p.id === id)?.displayName ?? 'someone';
  const id = newId();
  const result = await runCommand(
    linkPeople(
      content.board.id,
      id,
      { id: fromId, name: name(fromId) },
      { id: toId, name: name(toId) },
      kind,
    ),
  );
  if (result.ok) useUi.getState().select({ people: [], associations: [id] });
  return result;
}

export async function moveDropped(
  boardId: string,
  moves: { nodeId: string; x: number; y: number }[],
  onRefused: () => void,
): Promise<void> {
  const result = await runCommand(moveNodes(boardId, moves));
  if (!result.ok) {
    onRefused();
    notifyError(result.message);
  }
}

/** Deletes what is selected, as one undo step, and says what went. */
export async function deleteSelected(content: BoardContent): Promise<void> {
  const { people, associations, groups, annotations } = useUi.getState().selection;
  if (people.length + associations.length + groups.length + annotations.length === 0) return;
  const names = people.map(
    (id) => content.people.find((p) => p.id === id)?.displayName ?? 'a person',
  );
  const groupNames = groups.map(
    (id) => `the group ${content.groups.find((g) => g.id === id)?.name ?? ''}`,
  );
  const peoplePart =
    names.length === 1 ? names[0]! : names.length > 1 ? `${names.length} people` : '';
  const assocPart =
    associations.length === 0
      ? ''
      : associations.length === 1
        ? '1 association'
        : `${associations.length} associations`;
  const groupPart =
    groupNames.length === 1
      ? groupNames[0]!
      : groupNames.length > 1
        ? `${groups.length} groups`
        : '';
  const notePart =
    annotations.length === 0
      ? ''
      : annotations.length === 1
        ? 'a note'
        : `${annotations.length} notes`;
  const what = [peoplePart, assocPart, groupPart, notePart].filter(Boolean).join(' and ');
  const result = await runCommand(
    deleteSelection(content.board.id, people, associations, `Delete ${what}`, {
      groups,
      annotations,
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
