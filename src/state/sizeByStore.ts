import { create } from 'zustand';

interface SizeBy {
  /** The measure people are sized by (its key), or null when everyone is drawn the same. */
  measure: string | null;
  /** The key shown over the diagram ("Size: bridges between groups, …"), or null. */
  label: string | null;
  /** Node sizes by person id, once the worker has worked the measure out (empty meanwhile). */
  sizes: ReadonlyMap<string, number>;
}

const OFF: SizeBy = { measure: null, label: null, sizes: new Map() };

/**
 * "Size people by" a measure, set by the analysis panel (which words the key): view state only,
 * never saved and never an undo step. One board is open at a time; leaving it clears this.
 */
export const useSizeBy = create<SizeBy>(() => OFF);

export const clearSizing = () => useSizeBy.setState(OFF);
