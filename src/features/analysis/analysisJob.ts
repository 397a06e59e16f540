import type { BoardMeasures } from '../../domain/analysis/measures';
import type { Link } from '../../domain/analysis/peerGraph';
import type { FromWorker, ToWorker } from './analysisProtocol';

/**
 * For end-to-end tests only (set through the test API, `?e2e`): holds the worker's measures on
 * the page until released, so a test can press Stop while the analysis is still "working",
 * whatever the speed of the machine. Nothing in the app sets it. (Here rather than in a module of
 * its own, which would be one more chunk for the board page to list.)
 */
export const analysisTestHooks: { holdMeasures: boolean; release: (() => void) | null } = {
  holdMeasures: false,
  release: null,
};

export class AnalysisCancelled extends Error {
  constructor() {
    super('The analysis was stopped');
    this.name = 'AnalysisCancelled';
  }
}

type Request = ToWorker extends infer T
  ? T extends { id: number }
    ? Omit<T, 'id'>
    : never
  : never;

/** A board's analysis in a module worker; `cancel` ends the worker and rejects what is pending. */
export interface AnalysisJob {
  network(people: string[], links: Link[]): Promise<{ people: number; pairs: number }>;
  measures(): Promise<BoardMeasures>;
  groups(seed?: number): Promise<string[][]>;
  chains(from: string, to: string): Promise<string[][]>;
  cancel(): void;
}

export function analysisJob(): AnalysisJob {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (v: never) => void; reject: (e: Error) => void }>();

  const start = (): Worker => {
    if (worker) return worker;
    const w = new Worker(new URL('./analysisWorker.ts', import.meta.url), { type: 'module' });
    w.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      const answer = () => {
        const p = pending.get(data.id);
        // Gone: stopped meanwhile.
        if (!p) return;
        pending.delete(data.id);
        if (data.type === 'failed') p.reject(new Error(data.message));
        else if (data.type === 'network')
          p.resolve({ people: data.people, pairs: data.pairs } as never);
        else p.resolve(data.result as never);
      };
      if (data.type === 'measures' && analysisTestHooks.holdMeasures)
        analysisTestHooks.release = answer;
      else answer();
    };
    w.onerror = (e) => {
      e.preventDefault();
      for (const p of pending.values()) p.reject(new Error(e.message || 'The analysis stopped'));
      pending.clear();
    };
    worker = w;
    return w;
  };

  const ask = <T>(request: Request): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve, reject });
      start().postMessage({ ...request, id });
    });

  return {
    network: (people, links) => ask({ type: 'network', people, links }),
    measures: () => ask({ type: 'measures' }),
    groups: (seed = 1) => ask({ type: 'groups', seed }),
    chains: (from, to) => ask({ type: 'chains', from, to }),
    cancel() {
      worker?.terminate();
      worker = null;
      for (const p of pending.values()) p.reject(new AnalysisCancelled());
      pending.clear();
    },
  };
}
