import { linkPeople } from '../../commands/associations/linkPeople';
import { runCommand, type RunResult } from '../../commands/bus';
import { moveNodes } from '../../commands/diagram/moveNodes';
import { addPerson } from '../../commands/people/addPerson';
import { updatePerson } from '../../commands/people/updatePerson';
import type { BoardContent } from '../../db/queries';
import { renamePatch } from '../../domain/kinds/person';
import { newId } from '../../domain/ids';
import type { Person } from '../../domain/kinds/person';
import type { AssociationKind } from '../../domain/vocabulary';
import { useStatus } from '../../state/statusStore';
import { useUi, NO_SELECTION } from '../../state/uiStore';

const notifyError = (message: string) =>
  useStatus.getState().notify({ tone: 'error', text: message });

/** Adds a person typed inline and selects them, so the next key (L, Enter, N) acts on them. */
export async function addPersonAt(
  boardId: string,
  name: string,
  at: { x: number; y: number },
  id = newId(),
): Promise<RunResult> {
  const result = await runCommand(addPerson(boardId, id, { displayName: name }, at));
  if (result.ok) useUi.getState().select({ ...NO_SELECTION, people: [id] });
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
  if (result.ok) useUi.getState().select({ ...NO_SELECTION, associations: [id] });
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
