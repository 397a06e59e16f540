import { runCommand } from '../../../commands/bus';
import { setPinned } from '../../../commands/diagram/setPinned';
import type { BoardContent } from '../../../db/queries';
import { useStatus } from '../../../state/statusStore';
import { useUi } from '../../../state/uiStore';
import { layoutInputOf } from './layoutInput';

/** Pins (or unpins) the selected people, as one undo step, and says what changed. */
export async function pinSelected(content: BoardContent, pinned: boolean): Promise<void> {
  const ids = useUi.getState().selection.people;
  if (ids.length === 0) return;
  const at = new Map(layoutInputOf(content).nodes.map((n) => [n.id, n]));
  const names = new Map(content.people.map((p) => [p.id, p.displayName]));
  const targets = ids.flatMap((id) => {
    const p = at.get(id);
    return p ? [{ nodeId: id, name: names.get(id) ?? 'a person', x: p.x, y: p.y }] : [];
  });
  if (targets.length === 0) return;
  const who = targets.length === 1 ? targets[0]!.name : `${targets.length} people`;
  const result = await runCommand(setPinned(content.board.id, targets, pinned));
  const notify = useStatus.getState().notify;
  if (!result.ok) {
    notify({ tone: 'error', text: result.message });
  } else if (result.changes.length === 0) {
    const are = targets.length === 1 ? 'is' : 'are';
    notify({ tone: 'info', text: `${who} ${are} already ${pinned ? 'pinned' : 'unpinned'}.` });
  } else if (pinned) {
    notify({
      tone: 'info',
      text: `Pinned ${who}: layouts leave pinned people where they are.`,
      undoScope: content.board.id,
    });
  } else {
    notify({
      tone: 'info',
      text: `Unpinned ${who}: layouts may move them again.`,
      undoScope: content.board.id,
    });
  }
}
