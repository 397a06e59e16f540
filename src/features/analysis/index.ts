// The analysis feature's public API.
import type { BoardContent } from '../../db/queries';
import type { MeasureKey } from '../../domain/analysis/measures';

export { AnalysisArea, AnalysisButton } from './AnalysisControl';

/** A measure for everyone on a board, from the analysis worker (its code fetched when asked). */
export const measureValuesOf = (
  content: Pick<BoardContent, 'people' | 'associations'>,
  key: MeasureKey,
  signal: AbortSignal,
) => import('./measureValues').then((m) => m.measureValues(content, key, signal));
