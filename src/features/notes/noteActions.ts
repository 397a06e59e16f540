import { addNote, updateNote } from '../../commands/annotations/annotationCommands';
import { runCommand, type RunResult } from '../../commands/bus';
import { deleteSelection } from '../../commands/people/deleteSelection';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { newId } from '../../domain/ids';
import type { Annotation } from '../../domain/kinds/annotation';
import { useStatus } from '../../state/statusStore';
import { useUi, NO_SELECTION } from '../../state/uiStore';
import { buildNetworkModel, noteAnchor } from '../network';

const info = (text: string) => useStatus.getState().notify({ tone: 'info', text });

/** Where a note pinned to a person sits, relative to them: up and to the right. */
const PERSON_OFFSET = { x: 90, y: -80 } as const;

/** A note pinned to a group goes above its outline (offset from the middle of its members). */
function groupNoteOffset(content: BoardContent, groupId: string): { x: number; y: number } {
  const members = new Set(
    content.memberships.filter((m) => m.groupId === groupId).map((m) => m.personId),
  );
  const at = content.positions.filter((p) => members.has(p.nodeId));
  if (at.length === 0) return { x: 0, y: -150 };
  const midY = at.reduce((t, p) => t + p.y, 0) / at.length;
  const top = Math.min(...at.map((p) => p.y));
  return { x: 0, y: Math.round(top - midY - 130) };
}

/**
 * A: start a note. With one person or one group selected it is pinned to them and moves with
 * them; otherwise it goes in the middle of the view.
 */
export function startNewNote(content: BoardContent, handle: NetworkHandle | null): void {
  if (!handle) return;
  const ui = useUi.getState();
  const { people, groups } = ui.selection;
  const only = (ids: readonly string[]) => (ids.length === 1 ? ids[0]! : null);
  const person = people.length === 1 && groups.length === 0 ? only(people) : null;
  const group = groups.length === 1 && people.length === 0 ? only(groups) : null;
  if (person)
    ui.setDraft({ kind: 'new-note', ...PERSON_OFFSET, attachedTo: { kind: 'person', id: person } });
  else if (group)
    ui.setDraft({
      kind: 'new-note',
      ...groupNoteOffset(content, group),
      attachedTo: { kind: 'group', id: group },
    });
  else {
    const c = handle.viewportCenter();
    ui.setDraft({ kind: 'new-note', x: Math.round(c.x), y: Math.round(c.y), attachedTo: null });
  }
}

/** Model coordinates of an anchor (0,0 for a free note); null if the person or group is gone. */
export function anchorOf(
  content: BoardContent,
  attachedTo: Annotation['attachedTo'],
): { x: number; y: number } | null {
  const model = buildNetworkModel(content);
  return noteAnchor(attachedTo, new Map(model.people.map((p) => [p.id, p])), model.groups);
}

/** Saves a new note; an empty one is discarded (nothing is written) and the user told so. */
export async function saveNewNote(
  content: BoardContent,
  text: string,
  at: { x: number; y: number },
  attachedTo: Annotation['attachedTo'],
): Promise<RunResult> {
  if (!text.trim()) {
    info('The note was empty, so it was not added.');
    return { ok: true, changes: [] };
  }
  const id = newId();
  const result = await runCommand(addNote(content.board.id, id, text.trim(), at, attachedTo));
  if (result.ok) useUi.getState().select({ ...NO_SELECTION, annotations: [id] });
  return result;
}

/** Edits a note's text; clearing it deletes the note (undoable). */
export async function saveNoteText(
  content: BoardContent,
  note: Annotation,
  text: string,
): Promise<RunResult> {
  if (text.trim() === note.text) return { ok: true, changes: [] };
  if (!text.trim()) {
    const result = await runCommand(
      deleteSelection(content.board.id, [], [], 'Delete a note', { annotations: [note.id] }),
    );
    if (result.ok)
      useStatus.getState().notify({
        tone: 'info',
        text: 'The note was emptied, so it was deleted.',
        undoScope: content.board.id,
      });
    return result;
  }
  return runCommand(updateNote(content.board.id, note.id, { text: text.trim() }, 'Edit a note'));
}

/** Stores where notes were dropped, as offsets from what they are pinned to. */
export async function moveNotes(
  content: BoardContent,
  moves: readonly { noteId: string; x: number; y: number }[],
  onRefused: () => void,
): Promise<void> {
  for (const m of moves) {
    const note = content.annotations.find((n) => n.id === m.noteId);
    if (!note) continue;
    const anchor = anchorOf(content, note.attachedTo) ?? { x: 0, y: 0 };
    const result = await runCommand(
      updateNote(
        content.board.id,
        note.id,
        { position: { x: m.x - anchor.x, y: m.y - anchor.y } },
        'Move a note',
      ),
    );
    if (!result.ok) {
      onRefused();
      useStatus.getState().notify({ tone: 'error', text: result.message });
    }
  }
}

export function startEditNote(): void {
  const ui = useUi.getState();
  if (ui.presenterSafe) {
    // The edit box would show the note as typed, names and all.
    info(
      'Notes cannot be edited while presenter-safe is on: they may name people. Press P to turn it off first.',
    );
    return;
  }
  const [only, ...rest] = ui.selection.annotations;
  if (only && rest.length === 0) ui.setDraft({ kind: 'edit-note', annotationId: only });
}
