import { useEffect, useState } from 'react';
import { layoutName, SHOW_PROGRESS_FROM, stageWords } from './layoutChoices';
import type { RunningLayout } from './useLayoutRunner';

const count = (n: number) => n.toLocaleString('en-GB');

/**
 * "Laying out 2,000 people… force-directed, refining" with the time taken so far, and a way to
 * cancel (the button, or Escape). The status region is always there, so screen readers announce
 * each stage; the ticking seconds are left out of what they read.
 */
export function LayoutProgress({
  running: layout,
  onCancel,
  className,
}: {
  running: RunningLayout | null;
  onCancel: () => void;
  className?: string;
}) {
  // Only large boards say so: a small one is laid out before anyone could read it.
  const running = layout && layout.people > SHOW_PROGRESS_FROM ? layout : null;
  const [now, setNow] = useState(() => performance.now());
  const active = running !== null;
  const saving = running?.stage === 'saving';

  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(() => setNow(performance.now()), 500);
    // Capture phase: before the board's own Escape (which would clear the selection).
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    };
    window.addEventListener('keydown', onKey, true);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [active, onCancel]);

  const seconds = running ? Math.max(0, Math.floor((now - running.startedAt) / 1000)) : 0;
  return (
    <span className={className ?? 'layout-progress-inline'}>
      <span role="status" className="layout-progress">
        {running &&
          `Laying out ${count(running.people)} people… ${layoutName(running.algorithm)}, ${stageWords[running.stage]}`}
        {running && <span aria-hidden="true"> ({seconds} s)</span>}
      </span>
      {running && (
        <button type="button" onClick={onCancel} disabled={saving}>
          Cancel layout<kbd>Esc</kbd>
        </button>
      )}
    </span>
  );
}
