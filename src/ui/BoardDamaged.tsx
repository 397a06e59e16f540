import { openBoardList } from '../state/navigation';

/**
 * Shown instead of a board whose record is stored but cannot be read (`problem` says what is
 * wrong). A damaged board is never called missing: it is still on the device, kept aside, and the
 * board list offers to remove it. Kept apart from RouteStates so it loads with the board, not
 * with the first screen.
 */
export function BoardDamaged({ problem }: { problem: string }) {
  return (
    <div style={{ padding: '1rem' }} role="alert">
      <p>
        <strong>This board is damaged:</strong> its record on this device could not be read:{' '}
        {problem}.
      </p>
      <p>
        It is kept aside, not deleted, and nothing else on this device has changed. The board list
        shows it as a board that could not be read, where you can remove it.
      </p>
      <button type="button" onClick={openBoardList}>
        Back to all boards
      </button>
    </div>
  );
}
