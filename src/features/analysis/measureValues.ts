import type { BoardContent } from '../../db/queries';
import type { MeasureKey } from '../../domain/analysis/measures';
import { analysisJob } from './analysisJob';
import { analysisInput } from './analysisInput';

/**
 * One measure for everyone on a board, worked out in a worker of its own (for a concentric layout
 * by that measure). An abort stops the worker: the promise then rejects.
 */
export async function measureValues(
  content: Pick<BoardContent, 'people' | 'associations'>,
  key: MeasureKey,
  signal: AbortSignal,
): Promise<Record<string, number>> {
  const job = analysisJob();
  const stop = () => job.cancel();
  signal.addEventListener('abort', stop);
  try {
    const { people, links } = analysisInput(content);
    await job.network(people, links);
    const measures = await job.measures();
    return Object.fromEntries([...measures.people].map(([id, m]) => [id, m[key]]));
  } finally {
    signal.removeEventListener('abort', stop);
    job.cancel();
  }
}
