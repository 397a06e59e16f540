import { useEffect, useState } from 'react';
import { playNext, playStart, type DayRange } from '../../domain/analysis/timeRange';

/** About a step a second: long enough to read the counts and see the diagram and map change. */
export const PLAY_STEP_MS = 1000;

/**
 * Play: the window of the current width moves along the span a step at a time (a timer, so a test
 * can drive it with Playwright's clock) and stops at the end. Nothing animates between steps.
 */
export function usePlay(
  spanDays: number,
  range: DayRange,
  change: (r: DayRange, step: boolean) => void,
) {
  const [playing, setPlaying] = useState(false);

  const { from, to } = range;
  useEffect(() => {
    if (!playing) return;
    const next = playNext(spanDays, { from, to });
    const id = setTimeout(() => {
      if (next) change(next, true);
      else setPlaying(false);
    }, PLAY_STEP_MS);
    return () => clearTimeout(id);
  }, [playing, spanDays, from, to, change]);

  return {
    playing,
    play: () => {
      change(playStart(spanDays, range), true);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
  };
}
