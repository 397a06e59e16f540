import type { Board } from '../../domain/kinds/board';
import { archive } from './archiving';

/**
 * Across the top of an archived board: it is read only (every edit is refused until it is
 * restored), and the one way back.
 */
export function ArchivedBanner({ board }: { board: Board }) {
  return (
    <div className="archived-banner" role="region" aria-label="Archived board">
      <p>
        <strong>Archived: read only.</strong> Nothing on this board can be changed until it is
        restored.
      </p>
      <button type="button" onClick={() => void archive(board, false, board.id)}>
        Restore
      </button>
    </div>
  );
}
