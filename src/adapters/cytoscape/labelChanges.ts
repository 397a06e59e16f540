import type { ElementDefinition } from 'cytoscape';

/**
 * Above this many nodes whose name alone changed (presenter-safe on a large board), the canvas takes
 * the names in over several tasks (labelQueue.ts) instead of one. Below it nothing changes: a small
 * board's names change in the same task, as they always did.
 */
export const DEFER_LABELS_OVER = 200;

export interface LabelSplit {
  /**
   * The definitions to hand react-cytoscapejs. A node whose name alone changed keeps the definition
   * it was handed before, so react-cytoscapejs does not patch it: it would replace all its data and
   * its position in one go, which on 2,000 people restyles the whole board in one long task.
   */
  elements: ElementDefinition[];
  /** The name wanted now for each node kept at its previous definition, by id. */
  labels: Map<string, string>;
}

const idOf = (e: ElementDefinition) => e.data.id as string;

/** Whether two definitions of one node differ only in their label (and object identity). */
export function onlyLabelDiffers(before: ElementDefinition, after: ElementDefinition): boolean {
  if (before.group !== 'nodes' || after.group !== 'nodes') return false;
  if (before.classes !== after.classes) return false;
  if (before.position?.x !== after.position?.x || before.position?.y !== after.position?.y)
    return false;
  const a = before.data as Record<string, unknown>;
  const b = after.data as Record<string, unknown>;
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  for (const key of keys) if (key !== 'label' && a[key] !== b[key]) return false;
  return true;
}

/**
 * Splits a new element list into what react-cytoscapejs patches now and the names applied later.
 * `defer` says whether to defer: with the count of nodes whose name alone differs (or may differ)
 * from what was handed before. Pure, and the same answer when run twice on the same input.
 */
export function splitLabelChanges(
  previous: ReadonlyMap<string, ElementDefinition>,
  next: readonly ElementDefinition[],
  defer: (labelOnly: number) => boolean,
): LabelSplit {
  // Where each such node sits in the list, with the definition handed before.
  const kept: [number, ElementDefinition][] = [];
  next.forEach((after, i) => {
    if (after.group !== 'nodes') return;
    const before = previous.get(idOf(after));
    if (before && before !== after && onlyLabelDiffers(before, after)) kept.push([i, before]);
  });
  const labels = new Map<string, string>();
  if (kept.length === 0 || !defer(kept.length)) return { elements: [...next], labels };
  const elements = [...next];
  for (const [i, before] of kept) {
    labels.set(idOf(before), String(next[i]?.data.label ?? ''));
    elements[i] = before;
  }
  return { elements, labels };
}
