import type { LayoutAlgorithm, LayoutStage } from '../../../adapters/cytoscape/layout/types';

/** The layouts the menu offers, in its order, with the words the menu and the undo step use. */
export const layoutChoices: readonly { algorithm: LayoutAlgorithm; label: string }[] = [
  { algorithm: 'fcose', label: 'Force-directed' },
  { algorithm: 'concentric', label: 'Concentric by number of links' },
  // Rings by a measure from the analysis worker (worked out first; the progress says so).
  { algorithm: 'concentric-bridging', label: 'Concentric by bridges between groups' },
  { algorithm: 'concentric-reach', label: 'Concentric by reach in two steps' },
  { algorithm: 'concentric-core', label: 'Concentric by core' },
  { algorithm: 'grid', label: 'Grid' },
  { algorithm: 'circle', label: 'Circle' },
];

/** "force-directed", "grid"…: a layout's name inside a sentence. */
export function layoutName(algorithm: LayoutAlgorithm): string {
  const label = layoutChoices.find((c) => c.algorithm === algorithm)?.label ?? algorithm;
  return label.toLowerCase();
}

/** The undo step and change-log entry, e.g. "Lay out (force-directed)". */
export const layoutCommandLabel = (algorithm: LayoutAlgorithm) =>
  `Lay out (${layoutName(algorithm)})`;

/** From this many people a layout can take a while: progress is shown, with a way to cancel. */
export const SHOW_PROGRESS_FROM = 300;

export const stageWords: Record<LayoutStage, string> = {
  measuring: 'working out the measure',
  starting: 'starting',
  placing: 'placing people',
  refining: 'refining',
  saving: 'saving',
};
