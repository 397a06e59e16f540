import { useNameMask } from '../../state/nameMaskStore';
import { useHistoryState } from './useHistoryState';
import { redoIn, undoIn } from './undoRedo';

/** Toolbar undo and redo, naming the step they would take. */
export function UndoRedoButtons({ scope }: { scope: string }) {
  const { undoLabel: undoRaw, redoLabel: redoRaw } = useHistoryState(scope);
  const mask = useNameMask((s) => s.mask);
  const undoLabel = undoRaw && mask(undoRaw);
  const redoLabel = redoRaw && mask(redoRaw);
  return (
    <>
      <button
        type="button"
        disabled={!undoLabel}
        title={undoLabel ? `Undo “${undoLabel}” (Ctrl+Z)` : 'Nothing to undo'}
        onClick={() => void undoIn(scope)}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!redoLabel}
        title={redoLabel ? `Redo “${redoLabel}” (Ctrl+Shift+Z or Ctrl+Y)` : 'Nothing to redo'}
        onClick={() => void redoIn(scope)}
      >
        Redo
      </button>
    </>
  );
}
