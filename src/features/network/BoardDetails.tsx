import { runCommand } from '../../commands/bus';
import { updateBoard } from '../../commands/boards/updateBoard';
import { history } from '../../commands/history';
import type { Board } from '../../domain/records/board';
import { boardFields } from '../boards/boardFields';
import { RecordFields } from '../records/RecordFields';

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
      <ul className="shortcut-list">
        <li>N, or double-click the canvas: add a person</li>
        <li>Select two people and press L, or drag between them with Link on: link them</li>
        <li>Enter or F2, or double-click a person: rename</li>
        <li>Delete: remove what is selected</li>
        <li>Ctrl+Z undo · Ctrl+Shift+Z or Ctrl+Y redo</li>
        <li>Ctrl+click, or Space in the people list: select several</li>
        <li>Escape: cancel, or clear the selection</li>
      </ul>
    </section>
  );
}
