import { runCommand } from '../../commands/bus';
import { updateBoard } from '../../commands/boards/updateBoard';
import { history } from '../../commands/history';
import type { Board } from '../../domain/records/board';
import { boardFields } from '../boards/boardFields';
import { RecordFields } from '../records/RecordFields';
import { ShortcutList } from './ShortcutList';

/** With nothing selected, the side panel shows the board itself: its purpose and the keys. */
export function BoardDetails({ board }: { board: Board }) {
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
      <h3>Keys</h3>
      <ShortcutList />
    </section>
  );
}
