import { create } from 'zustand';
import type { MeasureKey } from '../domain/analysis/measures';
import { sizeKeyText } from '../domain/analysis/sizeByMeasure';

interface SizeBy {
  /** The measure people are sized by, or null when everyone is drawn the same. */
  measure: MeasureKey | null;
  /** Node sizes by person id, once the worker has worked the measure out (empty meanwhile). */
  sizes: ReadonlyMap<string, number>;
}

const OFF: SizeBy = { measure: null, sizes: new Map() };

/**
 * "Size people by" a measure, set by the analysis panel: view state only, never saved and never
 * an undo step. One board is open at a time; leaving it clears this.
 */
export const useSizeBy = create<SizeBy>(() => OFF);

export const clearSizing = () => useSizeBy.setState(OFF);

/**
 * The key shown over the diagram ("Size: bridges between groups, …"), or null: it says the
 * measure is still being worked out until there are sizes to draw.
 */
export const sizeKeyOf = ({ measure, sizes }: SizeBy): string | null =>
  measure ? sizeKeyText(measure, sizes.size > 0) : null;
