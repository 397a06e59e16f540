import type { LegibleFit } from './viewport';

/** What the user did on the diagram, reported by the adapter; the feature turns these into commands. */
export type NetworkIntent =
  | { type: 'canvas/doubleClicked'; x: number; y: number }
  | { type: 'node/doubleClicked'; nodeId: string }
  | { type: 'note/doubleClicked'; noteId: string }
  | {
      type: 'selection/changed';
      people: string[];
      associations: string[];
      annotations: string[];
      places: string[];
    }
  | {
      type: 'nodes/moved';
      moves: { nodeId: string; nodeKind: 'person' | 'place'; x: number; y: number }[];
      /** Where the pointer was let go, in page (viewport) pixels: it may be outside the diagram. */
      droppedAt: { x: number; y: number } | null;
    }
  | { type: 'notes/moved'; moves: { noteId: string; x: number; y: number }[] }
  /** A tap on the background: inside a group's outline (its id) or outside all (null). */
  | { type: 'background/tapped'; groupId: string | null }
  | { type: 'link/drawn'; fromId: string; toId: string };

/** Imperative calls the feature may make on the diagram. */
export interface NetworkHandle {
  fit(): void;
  zoomBy(factor: number): void;
  /** Screen position of a node relative to the canvas box, or null if it is not drawn. */
  renderedPositionOf(nodeId: string): { x: number; y: number } | null;
  toRendered(p: { x: number; y: number }): { x: number; y: number };
  /** The current zoom (1 = model units are screen pixels). */
  zoom(): number;
  /**
   * A person's name as the canvas would draw it now: cut to fit, or null when the zoom is too far
   * out for names to be drawn. Overlays that stand in for a node use it to look the same.
   */
  personLabel(text: string): string | null;
  /** Model coordinates of the middle of the visible canvas. */
  viewportCenter(): { x: number; y: number };
  /** The part of the diagram on screen, in model units. */
  visibleBox(): { x1: number; y1: number; x2: number; y2: number };
  ensureVisible(nodeId: string): void;
  /**
   * Zooms to `shownIds` with names legible on a projector, else to `itemIds` alone (see
   * `legibleViewport`); says how much fitted. Ids not on the canvas are left out.
   */
  showLegibly(itemIds: readonly string[], shownIds: readonly string[]): LegibleFit | null;
  /** The text drawn as a node's label (tests read it: the canvas hides it from the DOM). */
  labelOf(nodeId: string): string | null;
  /** Whether a person or association is on the canvas and drawn (not hidden by a filter). */
  isShown(id: string): boolean;
  /** A drawn style value of a node or edge (tests read the encoding: the canvas is not in the DOM). */
  styleOf(id: string, property: string): string | null;
  /** Puts nodes back where the model says (after a refused move). */
  resetPositions(): void;
  onViewport(listener: () => void): () => void;
  /** The part of the diagram on screen, in model coordinates (the presenter window follows it). */
  visibleExtent?(): { x1: number; y1: number; x2: number; y2: number };
  /** Shows (at least) this part of the diagram, centred: what another screen shows. */
  showExtent?(extent: { x1: number; y1: number; x2: number; y2: number }): void;
  /** Whether a node or edge is drawn as selected (tests and the benchmark read it). */
  isSelected?(id: string): boolean;
}
