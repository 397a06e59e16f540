import './actions.css';
import { useState } from 'react';
import type { BoardContent } from '../../db/queries';
import { todayString } from '../../domain/dates';
import { NO_SELECTION, useUi } from '../../state/uiStore';
import { Dialog } from '../../ui/Dialog';
import { chunk, useChunk } from '../../ui/chunk';
import { boardTotals } from './actionsTableModel';
import { useNames } from '../names';
import type { ActionTarget } from './actionDraft';

// The table's code is fetched when it is first opened.
const tableChunk = chunk(() => import('./ActionsTable'));

const selectionFor = (t: ActionTarget) => {
  if (t.kind === 'person') return { ...NO_SELECTION, people: [t.id] };
  if (t.kind === 'group') return { ...NO_SELECTION, groups: [t.id] };
  if (t.kind === 'place') return { ...NO_SELECTION, places: [t.id] };
  return NO_SELECTION;
};

/** The toolbar's "Actions" button, named with the counts, and the board's actions table. */
export function ActionsButton({ content }: { content: BoardContent }) {
  const [open, setOpen] = useState(false);
  const names = useNames(content);
  const table = useChunk(tableChunk, open);
  const { open: openCount, overdue } = boardTotals(content.actions, todayString());
  return (
    <>
      {/* Named by what it shows, with the words the badges stand for ("Actions 5 open 2 overdue"):
          a name that differs from the visible text fails people who speak to their computer. */}
      <button type="button" onClick={() => setOpen(true)}>
        Actions{' '}
        <span className="count-badge">
          {openCount}
          <span className="visually-hidden"> open</span>
        </span>
        {overdue > 0 && (
          <span className="count-badge is-overdue">
            <span aria-hidden="true">!</span>
            {overdue}
            <span className="visually-hidden"> overdue</span>
          </span>
        )}
      </button>
      <Dialog title="Actions on this board" open={open} onClose={() => setOpen(false)}>
        {table ? (
          <table.ActionsTable
            content={content}
            names={names}
            onPick={(t) => {
              useUi.getState().select(selectionFor(t));
              setOpen(false);
            }}
          />
        ) : (
          <p className="muted">Opening the actions…</p>
        )}
        <p>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </p>
      </Dialog>
    </>
  );
}
