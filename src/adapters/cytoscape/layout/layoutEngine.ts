import type {
  LayoutAlgorithm,
  LayoutInput,
  LayoutPosition,
  LayoutReply,
  LayoutRequest,
  LayoutStage,
} from './types';

export interface LayoutRunOptions {
  signal?: AbortSignal;
  onStage?: (stage: LayoutStage) => void;
}

/**
 * Lays out a network somewhere else (a worker, or a fake in tests). Resolves with positions for the
 * unpinned people; rejects with `LayoutCancelled` when the signal aborts, having written nothing.
 */
export interface LayoutEngine {
  run(
    input: LayoutInput,
    algorithm: LayoutAlgorithm,
    options?: LayoutRunOptions,
  ): Promise<LayoutPosition[]>;
  /** Starts loading the layout code ahead of a run (e.g. when the menu opens). */
  prepare?(): void;
}

export class LayoutCancelled extends Error {
  constructor() {
    super('The layout was cancelled.');
    this.name = 'AbortError';
  }
}

/** The part of a Worker the engine uses, so tests can stand in for one. */
export interface WorkerLike {
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
  postMessage(message: LayoutRequest): void;
  terminate(): void;
}

interface Pending {
  resolve: (positions: LayoutPosition[]) => void;
  reject: (error: Error) => void;
  onStage?: (stage: LayoutStage) => void;
}

/**
 * An engine over one worker, started on first use and kept for the next run (its code is then
 * loaded and warm). Cancelling ends the worker: the algorithm cannot be interrupted otherwise, and
 * a new worker is started for the next run.
 */
export function createWorkerEngine(startWorker: () => WorkerLike): LayoutEngine {
  let worker: WorkerLike | null = null;
  let nextRunId = 1;
  const pending = new Map<number, Pending>();

  const stop = (error: Error) => {
    worker?.terminate();
    worker = null;
    const all = [...pending.values()];
    pending.clear();
    for (const p of all) p.reject(error);
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const w = startWorker();
    w.onmessage = (e) => {
      const reply = e.data;
      const p = pending.get(reply.runId);
      if (!p) return;
      if (reply.type === 'stage') {
        p.onStage?.(reply.stage);
        return;
      }
      pending.delete(reply.runId);
      if (reply.type === 'done') p.resolve(reply.positions);
      else p.reject(new Error(reply.message));
    };
    w.onerror = (e) => {
      e.preventDefault?.();
      stop(new Error(e.message || 'The layout could not be loaded.'));
    };
    worker = w;
    return w;
  };

  return {
    prepare: () => void ensureWorker(),
    run: (input, algorithm, { signal, onStage } = {}) =>
      new Promise<LayoutPosition[]>((resolve, reject) => {
        if (signal?.aborted) {
          reject(new LayoutCancelled());
          return;
        }
        const runId = nextRunId++;
        const onAbort = () => {
          if (pending.has(runId)) stop(new LayoutCancelled());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => signal?.removeEventListener('abort', onAbort);
        pending.set(runId, {
          resolve: (positions) => {
            done();
            resolve(positions);
          },
          reject: (error) => {
            done();
            reject(error);
          },
          onStage,
        });
        onStage?.('starting');
        ensureWorker().postMessage({ type: 'run', runId, input, algorithm });
      }),
  };
}

/** The app's layout engine: a module worker bundled by Vite, loaded on the first layout. */
export const workerLayoutEngine: LayoutEngine = createWorkerEngine(
  () =>
    new Worker(new URL('./layoutWorker.ts', import.meta.url), {
      type: 'module',
      name: 'network-layout',
    }),
);
