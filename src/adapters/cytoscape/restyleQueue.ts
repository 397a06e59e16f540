import type { Core } from 'cytoscape';

interface RendererInternals {
  flushRenderedStyleQueue?: () => void;
  skipFrame?: boolean;
}

// The renderer's internals used here live in this lazily loaded file, not in renderer.ts: a module
// shared with the first download would be split into a chunk of its own.
const internals = (cy: Core): RendererInternals | undefined =>
  (cy as unknown as { renderer?: () => RendererInternals | undefined }).renderer?.();

/**
 * Works out, now, the styles, label sizes and line paths Cytoscape would otherwise work out at the
 * start of its next frame. Work spread over several tasks then stays in those tasks instead of
 * piling up into the frame that draws it. Internal to the renderer; without it the work simply
 * happens in the frame, as before.
 */
export function settleStyles(cy: Core): void {
  internals(cy)?.flushRenderedStyleQueue?.();
}

/**
 * Lets the next animation frame pass without redrawing (a full redraw of a large board costs some
 * 100 ms): for changes the chair cannot see yet, made between the tasks of a longer piece of work.
 * The frame after it draws as usual.
 */
export function skipNextFrame(cy: Core): void {
  const r = internals(cy);
  if (r) r.skipFrame = true;
}

/** One change to one element: a name, a class. */
export interface Restyle {
  apply: () => void;
  /** It changes something drawn on screen now: the frame after its task is drawn, not skipped. */
  seen: boolean;
}

export interface RestyleQueue {
  /**
   * Replaces whatever was still waiting with this work (the latest wins when the chair changes
   * their mind mid-way) and starts on it after the current task; `done` runs once it is all applied.
   */
  replace(work: Restyle[], done?: () => void): void;
  /** How many changes are still waiting. */
  pending(): number;
  /** Sets how many changes a task takes from now on. */
  perTask(count: number): void;
  destroy(): void;
}

// Queues with work waiting, per canvas: while any has, frames that would show nothing new are skipped.
const busy = new WeakMap<Core, Set<RestyleQueue>>();

/**
 * Restyles many elements in tasks of `perTask` rather than one: Cytoscape works out a changed
 * element's style, label size and line paths in the frame that draws it, and for thousands at once
 * (every name on a 2,000-person board, a focus that hides nearly everyone) that frame takes most of
 * a second. Each task here works out its own share (settleStyles); frames in between are skipped
 * unless the task changed something on screen, so the board is redrawn about once, not once a task.
 * The frame right after the request is skipped too when none of the work is on screen: a focus
 * that zooms in is then drawn once, hidden people already hidden.
 */
export function createRestyleQueue(
  cy: Core,
  perTask: number,
  onChange: (pending: number) => void = () => {},
): RestyleQueue {
  let queue: Restyle[] = [];
  let finished: (() => void) | undefined;
  let timer = 0;
  let size = perTask;
  const active = busy.get(cy) ?? new Set<RestyleQueue>();
  busy.set(cy, active);
  const waiting = (q: RestyleQueue, yes: boolean) => void (yes ? active.add(q) : active.delete(q));

  const runTask = () => {
    timer = 0;
    const chunk = queue.splice(0, size);
    let seen = false;
    cy.batch(() => {
      for (const work of chunk) {
        work.apply();
        seen ||= work.seen;
      }
    });
    settleStyles(cy);
    onChange(queue.length);
    waiting(self, queue.length > 0);
    if (active.size > 0 && !seen) skipNextFrame(cy);
    if (queue.length > 0) {
      timer = window.setTimeout(runTask, 0);
      return;
    }
    const done = finished;
    finished = undefined;
    done?.();
  };

  const self: RestyleQueue = {
    replace(work, done) {
      window.clearTimeout(timer);
      timer = 0;
      queue = work;
      finished = done;
      onChange(queue.length);
      waiting(self, true);
      if (!work.some((w) => w.seen)) skipNextFrame(cy);
      // After the task that asked: it has React's own work to finish.
      timer = window.setTimeout(runTask, 0);
    },
    pending: () => queue.length,
    perTask(count) {
      size = count;
    },
    destroy() {
      window.clearTimeout(timer);
      queue = [];
      finished = undefined;
      waiting(self, false);
    },
  };
  return self;
}
