import { useCallback, useEffect, useRef, useState } from 'react';
import type { DayRange } from '../../domain/analysis/timeRange';

/**
 * Each change of the filters makes Cytoscape redraw 6,000 lines and the map re-cluster its
 * incidents, some 150–250 ms on a big board, which done for every input event of a drag would stall
 * the page: a drag's changes reach the filters when it lets go, a held arrow key's when it rests
 * this long (or is released).
 */
export const REST_MS = 200;

/**
 * The range a thumb shows at once (the bar's dates, counts and grid follow every input event), and
 * the filters told in the next frame: at once for a step (a key press, Play, Clear); for a drag
 * (`hold` on pointer down) when it lets go; for a held key when it rests or is released (`settle`).
 * So at most once a frame, and never mid-drag.
 */
export function useRangeCommit(commit: (range: DayRange) => void) {
  const [draft, setDraft] = useState<DayRange | null>(null);
  const pending = useRef<DayRange | null>(null);
  const frame = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(commit);
  latest.current = commit;

  const settle = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (frame.current || !pending.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const r = pending.current;
      pending.current = null;
      if (r) latest.current(r);
      setDraft(null);
    });
  }, []);

  // While the mouse or a finger holds a thumb, the filters wait for it to let go: a timer might
  // fire after a long frame before the input events queued behind it, and commit mid-drag.
  const holding = useRef(false);
  const hold = useCallback(() => {
    holding.current = true;
    const release = () => {
      holding.current = false;
      window.removeEventListener('pointerup', release);
      window.removeEventListener('pointercancel', release);
      settle();
    };
    window.addEventListener('pointerup', release);
    window.addEventListener('pointercancel', release);
  }, [settle]);

  const change = useCallback(
    (range: DayRange, step: boolean) => {
      pending.current = range;
      setDraft(range);
      clearTimeout(timer.current);
      timer.current = undefined;
      if (step) settle();
      else if (!holding.current) timer.current = setTimeout(settle, REST_MS);
    },
    [settle],
  );

  useEffect(
    () => () => {
      cancelAnimationFrame(frame.current);
      clearTimeout(timer.current);
    },
    [],
  );
  return { draft, change, settle, hold };
}
