import { boardStore, releaseBoardStore } from '../db/boardStore';

/** The analysis's times on a board, for the benchmark, and the longest main-thread task meanwhile. */
export interface AnalysisTiming {
  measuresMs: number;
  communitiesMs: number;
  pathMs: number;
  longestTaskMs: number;
  groups: number;
  chainLength: number;
}

export const analysisTestApi = {
  /**
   * Holds the analysis worker's measures from now on, until `releaseAnalysis`, so a test can
   * press Stop while the panel is still working them out.
   */
  async holdAnalysis(): Promise<void> {
    const { analysisTestHooks } = await import('../features/analysis/analysisJob');
    analysisTestHooks.holdMeasures = true;
  },
  /** Whether the worker's measures have come and are being held. */
  async analysisHeld(): Promise<boolean> {
    const { analysisTestHooks } = await import('../features/analysis/analysisJob');
    return analysisTestHooks.release !== null;
  },
  /** Lets held measures go (if any) and stops holding; returns whether some were held. */
  async releaseAnalysis(): Promise<boolean> {
    const { analysisTestHooks } = await import('../features/analysis/analysisJob');
    const release = analysisTestHooks.release;
    analysisTestHooks.holdMeasures = false;
    analysisTestHooks.release = null;
    release?.();
    return release !== null;
  },

  /**
   * What if the most connected person moved away, and what if the first place closed: the
   * longer of the two, as the what-if card works them out (on the page, from the board's records).
   */
  async timeWhatIf(boardId: string): Promise<{ ms: number; personMs: number; placeMs: number }> {
    const { whatIfPersonMoves, whatIfPlaceCloses } = await import('../domain/analysis/whatIf');
    const store = boardStore(boardId);
    store.users++;
    try {
      await store.settled();
      const content = store.get();
      if (!content) throw new Error(`board ${boardId} is not on this device`);
      const degree = new Map<string, number>();
      for (const a of content.associations)
        for (const id of [a.fromId, a.toId]) degree.set(id, (degree.get(id) ?? 0) + 1);
      const person = [...degree.entries()].sort((a, b) => b[1] - a[1])[0]![0];
      const place = content.places[0]!.id;
      const t0 = performance.now();
      whatIfPersonMoves(content, person);
      const t1 = performance.now();
      whatIfPlaceCloses(content, place);
      const t2 = performance.now();
      return { ms: Math.max(t1 - t0, t2 - t1), personMs: t1 - t0, placeMs: t2 - t1 };
    } finally {
      store.users--;
      releaseBoardStore(store);
    }
  },

  async timeAnalysis(boardId: string): Promise<AnalysisTiming> {
    const { analysisJob } = await import('../features/analysis/analysisJob');
    const { analysisInput } = await import('../features/analysis/analysisInput');
    const store = boardStore(boardId);
    store.users++;
    const job = analysisJob();
    const tasks: number[] = [];
    const observer = new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => tasks.push(e.duration)),
    );
    try {
      await store.settled();
      const content = store.get();
      if (!content) throw new Error(`board ${boardId} is not on this device`);
      const { people, links } = analysisInput(content);
      // The worker is started (its code fetched and compiled) before the clock starts, as the
      // analysis panel starts it when opened.
      await job.network([], []);
      observer.observe({ type: 'longtask' });
      const t0 = performance.now();
      await job.network(people, links);
      await job.measures();
      const t1 = performance.now();
      const groups = await job.groups();
      const t2 = performance.now();
      const chains = await job.chains(people[0]!, people.at(-1)!);
      const t3 = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 0));
      return {
        measuresMs: t1 - t0,
        communitiesMs: t2 - t1,
        pathMs: t3 - t2,
        longestTaskMs: Math.max(0, ...tasks),
        groups: groups.length,
        chainLength: chains[0]?.length ?? 0,
      };
    } finally {
      observer.disconnect();
      job.cancel();
      store.users--;
      releaseBoardStore(store);
    }
  },
};
