import type { BoardMeasures } from '../../domain/analysis/measures';
import type { Link } from '../../domain/analysis/peerGraph';

/**
 * What the page asks the analysis worker. `network` hands it a board's people and associations
 * (it keeps the graph it builds); the questions after it are asked of that graph.
 */
export type ToWorker =
  | { type: 'network'; id: number; people: string[]; links: Link[] }
  | { type: 'measures'; id: number }
  | { type: 'groups'; id: number; seed: number }
  | { type: 'chains'; id: number; from: string; to: string };

export type FromWorker =
  | { type: 'network'; id: number; people: number; pairs: number }
  | { type: 'measures'; id: number; result: BoardMeasures }
  | { type: 'groups'; id: number; result: string[][] }
  | { type: 'chains'; id: number; result: string[][] }
  | { type: 'failed'; id: number; message: string };
