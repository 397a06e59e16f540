import cytoscape, { type Core, type LayoutOptions } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { alignToPinned, clockOrder, placeBesidePinned, readingOrder } from './arrangement';
import {
  LARGE_LAYOUT,
  prepareInput,
  toPositions,
  type Point,
  type PreparedLayout,
} from './prepareInput';
import { ringLevels } from '../../../domain/analysis/sizeByMeasure';
import { layoutMeasure, type LayoutMeasure } from './layoutMeasure';
import { ringsByLinks } from './ringsByLinks';
import { spreadOut } from './spreadOut';
import type {
  LayoutAlgorithm,
  LayoutInput,
  LayoutNode,
  LayoutPosition,
  LayoutStage,
} from './types';

let registered = false;
function registerFcose(): void {
  if (registered) return;
  registered = true;
  cytoscape.use(fcose);
}

/** The room a person takes: the 44 px node plus a margin; names below it are given room by the gaps. */
const NODE_SIZE = 60;
/** A grid cell: wide enough for most names under a node. */
const CELL = { width: 190, height: 120 };
/** Distance between neighbours around a circle. */
const ALONG_CIRCLE = 150;
/** Force-directed spacing, in model units, chosen so names under the nodes rarely touch. */
const FORCES = { nodeSeparation: 120, idealEdgeLength: () => 130, nodeRepulsion: () => 9000 };

function headless(nodes: readonly LayoutNode[], edges: PreparedLayout['edges']): Core {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: NODE_SIZE, height: NODE_SIZE } }],
    elements: [
      ...nodes.map((n) => ({
        group: 'nodes' as const,
        data: { id: n.id },
        position: { x: n.x, y: n.y },
      })),
      ...edges.map((e, i) => ({
        group: 'edges' as const,
        data: { id: `e${i}`, source: e.source, target: e.target },
      })),
    ],
  });
}

function positionsOf(cy: Core): Map<string, Point> {
  const out = new Map<string, Point>();
  cy.nodes().forEach((n) => {
    const p = n.position();
    out.set(n.id(), { x: p.x, y: p.y });
  });
  return out;
}

const run = (cy: Core, options: Record<string, unknown>) =>
  cy.layout({ animate: false, fit: false, ...options } as unknown as LayoutOptions).run();

/**
 * fCoSE in two steps, so progress can be told: a spectral draft, then (on boards up to
 * LARGE_LAYOUT people) an incremental refinement that holds pinned people where they are. Larger
 * boards keep the draft, opened up so people do not sit on each other: full refinement of 2,000
 * people takes minutes.
 */
function forceDirected(
  p: PreparedLayout,
  report: (stage: LayoutStage) => void,
): Map<string, Point> {
  registerFcose();
  const cy = headless(p.nodes, p.edges);
  report('placing');
  run(cy, { name: 'fcose', quality: 'draft', randomize: true, ...FORCES });
  // The draft ignores pins; put the pinned back and bring the rest alongside them.
  let placed = alignToPinned(positionsOf(cy), p.pinned);
  report('refining');
  if (p.nodes.length > LARGE_LAYOUT) {
    return spreadOut(placed, new Set(p.pinned.map((n) => n.id)));
  }
  cy.batch(() => {
    for (const [id, at] of placed) cy.getElementById(id).position(at);
  });
  run(cy, {
    name: 'fcose',
    quality: 'default',
    randomize: false,
    ...FORCES,
    // Converged enough for the eye by then on boards of a few hundred; a sixth quicker than 2,500.
    numIter: 500,
    fixedNodeConstraint: p.pinned.length
      ? p.pinned.map((n) => ({ nodeId: n.id, position: { x: n.x, y: n.y } }))
      : undefined,
  });
  placed = positionsOf(cy);
  return placed;
}

/** A grid or circle of the free people, as Cytoscape's own layouts place them, centred anywhere. */
function gridOrCircle(
  free: readonly LayoutNode[],
  algorithm: 'grid' | 'circle',
): Map<string, Point> {
  const n = free.length;
  const cy = headless(algorithm === 'grid' ? readingOrder(free) : clockOrder(free), []);
  if (algorithm === 'grid') {
    // Wider than tall, as a projector is.
    const cols = Math.max(1, Math.ceil(Math.sqrt((1.6 * n * CELL.height) / CELL.width)));
    const rows = Math.ceil(n / cols);
    run(cy, {
      name: 'grid',
      cols,
      rows,
      avoidOverlap: false,
      condense: false,
      boundingBox: { x1: 0, y1: 0, w: cols * CELL.width, h: rows * CELL.height },
    });
  } else {
    run(cy, {
      name: 'circle',
      radius: Math.max(150, (n * ALONG_CIRCLE) / (2 * Math.PI)),
      startAngle: (3 / 2) * Math.PI,
      avoidOverlap: false,
      boundingBox: { x1: 0, y1: 0, w: 1, h: 1 },
    });
  }
  return positionsOf(cy);
}

/**
 * Ring levels by a measure: its values as given (tests), or worked out here (the worker), for
 * everyone on the board, a missing value counting as 0.
 */
function levelsOf(
  p: PreparedLayout,
  measure: LayoutMeasure,
  given: LayoutInput['values'],
  report: (stage: LayoutStage) => void,
) {
  let values: ReadonlyMap<string, number>;
  if (given) values = new Map(Object.entries(given));
  else {
    report('measuring');
    values = layoutMeasure(p, measure);
  }
  return ringLevels(new Map(p.nodes.map((n) => [n.id, values.get(n.id) ?? 0])));
}

/** Grid, circle or rings of the free people only, then moved clear of the pinned. */
function arrange(
  p: PreparedLayout,
  algorithm: Exclude<LayoutAlgorithm, 'fcose'>,
  values: LayoutInput['values'],
  report: (stage: LayoutStage) => void,
): Map<string, Point> {
  const levels =
    algorithm === 'concentric-bridging' ||
    algorithm === 'concentric-reach' ||
    algorithm === 'concentric-core'
      ? levelsOf(p, algorithm.slice('concentric-'.length) as LayoutMeasure, values, report)
      : p.degree;
  report('placing');
  const placed =
    algorithm === 'grid' || algorithm === 'circle'
      ? gridOrCircle(p.free, algorithm)
      : ringsByLinks(clockOrder(p.free), levels, { along: ALONG_CIRCLE, gap: 120 });
  return placeBesidePinned(placed, p.free, p.pinned);
}

/**
 * Lays out the unpinned people of a network; pinned people never move. Returns new positions for the
 * unpinned people only, rounded. Synchronous and plain data in and out: the worker calls it, and so
 * do the tests (headless Cytoscape needs no canvas).
 */
export function computeLayout(
  input: LayoutInput,
  algorithm: LayoutAlgorithm,
  report: (stage: LayoutStage) => void = () => undefined,
): LayoutPosition[] {
  const prepared = prepareInput(input);
  if (prepared.free.length === 0) return [];
  // One person with nobody pinned: there is nothing to arrange them against.
  if (prepared.nodes.length === 1) return toPositions(prepared.free, new Map());
  const placed =
    algorithm === 'fcose'
      ? forceDirected(prepared, report)
      : arrange(prepared, algorithm, input.values, report);
  return toPositions(prepared.free, placed);
}
