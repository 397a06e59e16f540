import { useEffect, useId } from 'react';
import type { BoardMeasures, MeasureKey } from '../../domain/analysis/measures';
import { measureWords, sizesFor } from '../../domain/analysis/sizeByMeasure';
import { useSizeBy } from '../../state/sizeByStore';

const choices: readonly MeasureKey[] = ['links', 'bridging', 'reach', 'core'];
const NONE: ReadonlyMap<string, number> = new Map();

/**
 * Keeps the diagram's sizes to the board's measures: worked out again after an edit, the sizes
 * drawn stay until the new ones come. Used by the panel's control, and with the panel closed while
 * people are sized (so an edit made then still resizes them).
 */
export function useSizesFrom(measures: BoardMeasures | null) {
  const chosen = useSizeBy((s) => s.measure);
  useEffect(() => {
    // Until measures come (an edit is being worked out again), the sizes drawn stay.
    if (!chosen || !measures) return;
    const values = new Map([...measures.people].map(([person, m]) => [person, m[chosen]]));
    useSizeBy.setState({ sizes: sizesFor(values) });
  }, [chosen, measures]);
  return chosen;
}

/**
 * "Size people by" a measure: the diagram draws each person larger the higher they come on it.
 * View state only (not saved, no undo step, forgotten on leaving the board). The sizes come from
 * the worker's measures: until they are ready the diagram's key says it is working them out.
 */
export function SizeByControl({
  measures,
}: {
  /** The board's measures once worked out; null while the worker is busy or was stopped. */
  measures: BoardMeasures | null;
}) {
  const id = useId();
  const chosen = useSizesFrom(measures);
  return (
    <div className="analysis-size">
      <label htmlFor={id}>Size people by</label>
      <select
        id={id}
        value={chosen ?? ''}
        onChange={(e) => {
          const key = e.target.value as MeasureKey | '';
          // Another measure's sizes are never shown under this one's key.
          useSizeBy.setState({ measure: key || null, sizes: NONE });
        }}
      >
        <option value="">None (everyone the same)</option>
        {choices.map((k) => (
          <option key={k} value={k}>
            {measureWords[k][0]!.toUpperCase() + measureWords[k].slice(1)}
          </option>
        ))}
      </select>
    </div>
  );
}
