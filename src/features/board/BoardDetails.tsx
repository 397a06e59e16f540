import { runCommand } from '../../commands/bus';
import { updateBoard } from '../../commands/boards/updateBoard';
import { history } from '../../commands/history';
import type { Action } from '../../domain/kinds/action';
import type { Board } from '../../domain/kinds/board';
import { ActionsSection } from '../actions';
import { boardFields, IndicatorListButton } from '../boards';
import { RecordFields } from '../records';
import { ShortcutList } from './ShortcutList';
import type { Person } from '../../domain/kinds/person';

/** With nothing selected, the side panel shows the board itself: its purpose and the keys. */
export function BoardDetails({
  board,
  actions = [],
  mask,
  people = [],
}: {
  board: Board;
  /** Every action on the board: the section lists those aimed at the whole board. */
  actions?: readonly Action[];
  mask?: (text: string) => string;
  /** The board's people: the indicator list counts how many of their indicators use each kind. */
  people?: readonly Pick<Person, 'indicators'>[];
}) {
  return (
    <section aria-label="About this board">
      <h2>About this board</h2>
      <RecordFields
        table="boards"
        record={board}
        defs={boardFields}
        save={(patch) => runCommand(updateBoard(board, patch, board.id))}
        onEndEdit={() => history.seal(board.id)}
      />
      <IndicatorListButton board={board} people={people} />{' '}
      {!board.archived && (
        // Its code (features/retention) is fetched when pressed: not needed to draw a board.
        <button
          type="button"
          onClick={() => void import('../retention').then((m) => m.archive(board, true, board.id))}
        >
          Archive board
        </button>
      )}
      <ActionsSection
        boardId={board.id}
        target={{ kind: 'board', id: board.id }}
        actions={actions}
        title="Actions for the whole board"
        mask={mask}
      />
      <h3>Keys</h3>
      <ShortcutList />
    </section>
  );
}
