import { useState } from 'react';
import type { Board } from '../../domain/kinds/board';
import type { Person } from '../../domain/kinds/person';
import { Dialog } from '../../ui/Dialog';
import { chunk, useChunk } from '../../ui/chunk';

// Edited between meetings, not in one: its code is fetched when the list is first opened.
const editorChunk = chunk(() => import('./IndicatorKindsEditor'));

/** Opens the board's indicator list, to edit it between meetings rather than mid-discussion. */
export function IndicatorListButton({
  board,
  people,
}: {
  board: Board;
  people: readonly Pick<Person, 'indicators'>[];
}) {
  const [open, setOpen] = useState(false);
  const editor = useChunk(editorChunk, open);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Indicator list ({board.indicatorKinds.length})
      </button>
      <Dialog title="Indicator list" open={open} onClose={() => setOpen(false)}>
        {editor ? (
          <editor.IndicatorKindsEditor board={board} people={people} />
        ) : (
          <p className="muted">Opening the list…</p>
        )}
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </Dialog>
    </>
  );
}
