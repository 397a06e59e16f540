import { useCallback, useEffect, useRef, useState } from 'react';
import type { DayRange } from '../../domain/analysis/timeRange';

/**
 * The range a thumb shows at once, and the filters told at most once a frame: a drag fires many
 * input events between two frames, and each filter change makes the diagram and the map (10,000
 * incidents) work. The last range of a frame is the one committed; the draft then gives way to
 * what the filters hold.
 */
export function useRangeCommit(commit: (range: DayRange) => void) {
  const [draft, setDraft] = useState<DayRange | null>(null);
  const pending = useRef<DayRange | null>(null);
  const frame = useRef(0);
  const latest = useRef(commit);
  latest.current = commit;

  const change = useCallback((range: DayRange) => {
    pending.current = range;
    setDraft(range);
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const r = pending.current;
      pending.current = null;
      if (r) latest.current(r);
      setDraft(null);
    });
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return { draft, change };
}
