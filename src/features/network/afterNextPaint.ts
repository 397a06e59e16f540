/**
 * Runs `work` once the browser has painted the next frame: in a task queued from the frame's
 * animation callback, so it runs after that frame's paint. A hidden tab runs no animation frames,
 * so a timer runs it anyway after `latestMs`: work handed over here is never held back for long.
 */
export function afterNextPaint(work: () => void, delayMs = 0, latestMs = 250): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    window.clearTimeout(fallback);
    work();
  };
  const fallback = window.setTimeout(run, latestMs + delayMs);
  requestAnimationFrame(() => window.setTimeout(run, delayMs));
}
