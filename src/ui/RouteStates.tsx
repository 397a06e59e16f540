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

/** Shown when the board a route names is no longer stored here. */
export function BoardGone() {
  return (
    <div style={{ padding: '1rem' }} role="alert">
      <p>This board is not on this device any more (it may have been deleted in another tab).</p>
      <button type="button" onClick={openBoardList}>
        Back to all boards
      </button>
    </div>
  );
}
