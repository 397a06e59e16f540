import { useEffect, useMemo, useState } from 'react';
import type { BoardContent } from '../../db/queries';
import type { BoardMeasures } from '../../domain/analysis/measures';
import { AnalysisCancelled, analysisJob } from './analysisJob';
import { analysisInput } from './analysisInput';

/** What the worker is doing, for the panel to say ("Working out who bridges groups…"). */
export type WorkingStep = 'reading' | 'measuring' | 'grouping';

export type MeasuresState =
  | { kind: 'working'; step: WorkingStep; people: number; cancel: () => void }
  | {
      kind: 'ready';
      measures: BoardMeasures;
      /** Suggested groups (community detection), largest first. */
      groups: string[][];
      /** The shortest chains between two people, asked of the same worker (it keeps the graph). */
      chains: (from: string, to: string) => Promise<string[][]>;
    }
  | { kind: 'stopped'; again: () => void }
  | { kind: 'failed'; message: string; again: () => void };

/**
 * The board's network measures, worked out in the analysis worker whenever the people
 * or associations change (not on every other edit), the previous run stopped when a new one starts.
 * The worker lives as long as the panel, keeping the board's graph for the questions after.
 */
export function useBoardMeasures(content: BoardContent): MeasuresState {
  const { people, associations } = content;
  const input = useMemo(() => analysisInput({ people, associations }), [people, associations]);
  const [run, setRun] = useState(0);
  const [state, setState] = useState<MeasuresState>({
    kind: 'working',
    step: 'reading',
    people: input.people.length,
    cancel: () => {},
  });
  useEffect(() => {
    const job = analysisJob();
    let live = true;
    const again = () => setRun((n) => n + 1);
    const working = (step: WorkingStep) => {
      if (live)
        setState({
          kind: 'working',
          step,
          people: input.people.length,
          cancel: () => job.cancel(),
        });
    };
    working('reading');
    void (async () => {
      try {
        await job.network(input.people, input.links);
        working('measuring');
        const measures = await job.measures();
        working('grouping');
        const groups = await job.groups();
        if (live)
          setState({ kind: 'ready', measures, groups, chains: (from, to) => job.chains(from, to) });
      } catch (error) {
        if (!live) return;
        if (error instanceof AnalysisCancelled) setState({ kind: 'stopped', again });
        else
          setState({
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
            again,
          });
      }
    })();
    return () => {
      live = false;
      job.cancel();
    };
  }, [input, run]);
  return state;
}
