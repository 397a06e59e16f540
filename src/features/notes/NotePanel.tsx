import type { BoardContent } from '../../db/queries';
import type { Annotation } from '../../domain/kinds/annotation';
import type { Names } from '../names';
import { startEditNote } from './noteActions';

/** A note pinned on the diagram: what it says and what it is pinned to. */
export function NotePanel({
  note,
  content,
  names,
  onDelete,
}: {
  note: Annotation;
  content: BoardContent;
  names: Names;
  onDelete: () => void;
}) {
  const on = note.attachedTo;
  const pinnedTo = !on
    ? 'the diagram (it stays where it is put)'
    : on.kind === 'person'
      ? `${names.ofId(on.id)} (it moves with them)`
      : on.kind === 'group'
        ? `the group ${content.groups.find((g) => g.id === on.id)?.name ?? ''} (it moves with it)`
        : 'a place';
  return (
    <section aria-label="Note">
      <h2>Note</h2>
      <p className="note-text">{names.mask(note.text)}</p>
      <p className="muted small">Pinned to {pinnedTo}.</p>
      <button type="button" onClick={startEditNote}>
        Edit note<kbd>Enter</kbd>
      </button>{' '}
      <button type="button" onClick={onDelete}>
        Delete note
      </button>
    </section>
  );
}
