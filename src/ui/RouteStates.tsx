import type { ReactNode } from 'react';
import { openBoardList } from '../state/navigation';

/** Shown while a route's code or records are still arriving ("Opening board…"). */
export function RouteOpening({ children }: { children: ReactNode }) {
  return (
    <p className="muted" style={{ padding: '1rem' }}>
      {children}
    </p>
  );
}

/**
 * Shown when the board a route names cannot be opened: not stored here any more, or stored but
 * damaged (`damaged` says what is wrong). A damaged board is never called missing: it is still on
 * the device, kept aside, and the board list offers to remove it.
 */
export function BoardGone({ damaged }: { damaged?: string | undefined }) {
  if (damaged !== undefined)
    return (
      <div style={{ padding: '1rem' }} role="alert">
        <p>
          <strong>This board is damaged:</strong> its record on this device could not be read:{' '}
          {damaged}.
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
  return (
    <div style={{ padding: '1rem' }} role="alert">
      <p>This board is not on this device any more (it may have been deleted in another tab).</p>
      <button type="button" onClick={openBoardList}>
        Back to all boards
      </button>
    </div>
  );
}
