/**
 * The automatic layouts the network offers. `fcose` is the force-directed one; `concentric` rings
 * people by number of links, the `concentric-…` ones by a measure from the analysis (`values`).
 */
export const layoutAlgorithms = [
  'fcose',
  'concentric',
  'concentric-bridging',
  'concentric-reach',
  'concentric-core',
  'grid',
  'circle',
] as const;
export type LayoutAlgorithm = (typeof layoutAlgorithms)[number];

/** A person as a layout sees them: where they are now and whether they must stay there. */
export interface LayoutNode {
  id: string;
  x: number;
  y: number;
  pinned: boolean;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

/** Plain data in, so it can be posted to a worker and built in a test without a canvas. */
export interface LayoutInput {
  nodes: readonly LayoutNode[];
  edges: readonly LayoutEdge[];
  /**
   * A concentric layout by a measure: each person's value when already known (missing counts as
   * 0). Without it the layout works the measure out itself, in its worker.
   */
  values?: Readonly<Record<string, number>>;
}

/** Where a layout puts one unpinned person, in whole model units. */
export interface LayoutPosition {
  id: string;
  x: number;
  y: number;
}

/**
 * How far a run has got. `measuring`: working out the measure a concentric layout rings people by;
 * `starting`: the layout code is loading; `placing`: a first arrangement;
 * `refining`: improving it (force-directed only); `saving`: the feature is writing the result.
 */
export type LayoutStage = 'measuring' | 'starting' | 'placing' | 'refining' | 'saving';

export type LayoutRequest = {
  type: 'run';
  runId: number;
  input: LayoutInput;
  algorithm: LayoutAlgorithm;
};

export type LayoutReply =
  | { type: 'stage'; runId: number; stage: LayoutStage }
  | { type: 'done'; runId: number; positions: LayoutPosition[] }
  | { type: 'failed'; runId: number; message: string };
