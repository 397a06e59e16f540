import { useState } from 'react';
import type { Board } from '../../domain/records/board';
import type { Person } from '../../domain/records/person';
import { Dialog } from '../../ui/Dialog';
import { IndicatorKindsEditor } from './IndicatorKindsEditor';

/** Opens the board's indicator list, to edit it between meetings rather than mid-discussion. */
export function IndicatorListButton({
  board,
  people,
}: {
  board: Board;
  people: readonly Pick<Person, 'indicators'>[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Indicator list ({board.indicatorKinds.length})
      </button>
      <Dialog title="Indicator list" open={open} onClose={() => setOpen(false)}>
        <IndicatorKindsEditor board={board} people={people} />
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </Dialog>
    </>
  );
}
