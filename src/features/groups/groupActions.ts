import { runCommand, type RunResult } from '../../commands/bus';
import { createGroup } from '../../commands/groups/createGroup';
import { updateGroup } from '../../commands/groups/updateGroup';
import type { BoardContent } from '../../db/queries';
import { groupPalette } from '../../domain/encoding';
import { newId } from '../../domain/ids';
import type { Group } from '../../domain/kinds/group';
import { useStatus } from '../../state/statusStore';
import { useUi, NO_SELECTION } from '../../state/uiStore';

/** G: name a new group made of the selected people. A group needs at least one member. */
export function startNewGroup(): void {
  const ui = useUi.getState();
  const people = ui.selection.people;
  if (people.length === 0) {
    useStatus.getState().notify({
      tone: 'info',
      text: 'Select the people who are in the group first (Ctrl+click, or Space in the People list), then press G. A group needs at least one member.',
    });
    return;
  }
  ui.setDraft({ kind: 'new-group', personIds: [...people] });
}

/** The next outline colour, so groups drawn one after another are told apart. */
export const nextGroupColour = (groups: readonly Group[]): string =>
  groupPalette[groups.length % groupPalette.length]!;

export async function createNamedGroup(
  content: BoardContent,
  name: string,
  personIds: readonly string[],
): Promise<RunResult> {
  const present = new Set(content.people.map((p) => p.id));
  const members = personIds.filter((id) => present.has(id));
  if (members.length === 0)
    return {
      ok: false,
      message: 'The people chosen for this group are no longer on the board: no group was made.',
    };
  const id = newId();
  const result = await runCommand(
    createGroup(content.board.id, id, name, nextGroupColour(content.groups), members),
  );
  if (result.ok) useUi.getState().select({ ...NO_SELECTION, groups: [id] });
  return result;
}

export function renameGroup(group: Group, name: string): Promise<RunResult> {
  return runCommand(updateGroup(group, { name }));
}

export function startRenameGroup(): void {
  const ui = useUi.getState();
  const [only, ...rest] = ui.selection.groups;
  if (only && rest.length === 0) ui.setDraft({ kind: 'rename-group', groupId: only });
}
