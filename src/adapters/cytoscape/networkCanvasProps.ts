import type { RefObject } from 'react';
import type { NodeBadge } from './actionBadges';
import type { GroupOutline, NetworkModel } from './elements';
import type { NetworkHandle, NetworkIntent } from './intents';

/** What the network diagram is given: the model, the selection, and what to mark on it. */
export interface NetworkCanvasProps {
  model: NetworkModel;
  selectedPeople: readonly string[];
  selectedAssociations: readonly string[];
  selectedGroups: readonly string[];
  selectedNotes: readonly string[];
  linkMode: boolean;
  /** Large boards hide edges and use a texture while panning, so the frame rate holds. */
  large: boolean;
  /** Ids of people and associations the filters hide: kept on the canvas, but not drawn. */
  hidden: ReadonlySet<string>;
  /** People and places linked to what is selected on the map: drawn with a halo. */
  linked?: ReadonlySet<string>;
  /** Groups linked to what is selected on the map: their outlines light up like a selection. */
  linkedGroups?: readonly string[];
  /** People, groups, places and associations changed since the last meeting: a dashed amber ring. */
  changed?: ReadonlySet<string>;
  /** Suggested groups from the analysis, drawn dashed beside the recorded ones. */
  suggestedGroups?: readonly GroupOutline[];
  /** People sized by a measure from the analysis: node size by person id (none: all the same). */
  sizes?: ReadonlyMap<string, number>;
  /** Open and overdue actions, by person or place id: a small badge by the node. */
  badges?: ReadonlyMap<string, NodeBadge>;
  onIntent: (intent: NetworkIntent) => void;
  onDrawn: (counts: { nodes: number; edges: number }) => void;
  handleRef: RefObject<NetworkHandle | null>;
  label: string;
  describedBy?: string;
}

// Defaults shared by every render, so an absent mark is the same object each time.
export const NONE: ReadonlySet<string> = new Set();
export const NO_GROUPS: readonly string[] = [];
export const NO_OUTLINES: readonly GroupOutline[] = [];
export const NO_SIZES: ReadonlyMap<string, number> = new Map();
export const NO_BADGES: ReadonlyMap<string, NodeBadge> = new Map();
