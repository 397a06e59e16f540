import { useCallback, useEffect, useRef, useState } from 'react';
import type { DayRange } from '../../domain/analysis/timeRange';

/**
 * A drag's changes reach the filters once the thumb rests this long (or is let go): each change
 * makes Cytoscape redraw 6,000 lines and the map re-cluster its incidents, some 150–250 ms on a big
 * board, which done for every input event of a drag would stall the page.
 */
export const REST_MS = 200;

/**
 * The range a thumb shows at once (the bar's dates, counts and grid follow every input event), and
 * the filters told in the next frame: at once for a step (a key press, Play, Clear), when the thumb
 * rests or is let go (`settle`) for a drag, so at most once a frame and never mid-drag.
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

  const change = useCallback(
    (range: DayRange, step: boolean) => {
      pending.current = range;
      setDraft(range);
      if (step) settle();
      else {
        clearTimeout(timer.current);
        timer.current = setTimeout(settle, REST_MS);
      }
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
  return { draft, change, settle };
}
