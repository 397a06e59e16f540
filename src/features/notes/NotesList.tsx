import type { Annotation } from '../../domain/kinds/annotation';
import { useUi, NO_SELECTION } from '../../state/uiStore';

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * The notes pinned on the diagram, as buttons: the keyboard way to pick a note (then Enter edits
 * it, Delete removes it). Text is masked like any other free text.
 */
export function NotesList({
  notes,
  mask,
  onShow,
}: {
  notes: readonly Annotation[];
  mask: (text: string) => string;
  onShow: (noteId: string) => void;
}) {
  const selected = useUi((s) => s.selection.annotations);
  if (notes.length === 0) return null;
  return (
    <nav className="groups-list notes-list" aria-label="Notes on this board">
      <h2>Notes ({notes.length})</h2>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <button
              type="button"
              aria-pressed={selected.includes(n.id)}
              onClick={() => {
                useUi.getState().select({ ...NO_SELECTION, annotations: [n.id] });
                onShow(n.id);
              }}
            >
              {excerpt(mask(n.text))}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
