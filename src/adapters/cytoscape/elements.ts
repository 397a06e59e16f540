import type { ElementDefinition } from 'cytoscape';
import {
  associationColour,
  associationWidth,
  confidenceLine,
  groupRoleBorder,
  harmRing,
  isProtective,
  personShape,
  REVIEW_MARK,
  riskFill,
} from '../../domain/encoding';
import type {
  AssociationKind,
  Confidence,
  GroupRole,
  HarmRole,
  PersonKind,
  PlaceKind,
  PlaceLinkKind,
  RiskLevel,
} from '../../domain/vocabulary';
import { PLACE_LINK_COLOUR, placeKindStyle } from '../../domain/placeEncoding';

/** A person as the diagram draws them: plain values only, already resolved from records. */
export interface PersonNode {
  id: string;
  label: string;
  kind: PersonKind;
  risk: RiskLevel;
  harmRole: HarmRole;
  /** Their most central role across the groups they are in. */
  groupRole: GroupRole;
  pinned: boolean;
  x: number;
  y: number;
  /** The context that must change first, as its badge letter ('' or absent: none weighted). */
  contextGlyph?: string;
  /** A suggested group (analysis), not a recorded one: dashed, unfilled, never picked by a tap. */
  suggested?: boolean;
}

export interface AssociationEdge {
  id: string;
  source: string;
  target: string;
  kind: AssociationKind;
  directed: boolean;
  confidence: Confidence;
  /** Past its review date: drawn faded with a "review" mark. */
  reviewDue: boolean;
}

/** A group as the diagram outlines it: the hull is drawn round the members on the canvas. */
export interface GroupOutline {
  id: string;
  name: string;
  colour: string;
  memberIds: readonly string[];
  /** The context that must change first, as its badge letter ('' or absent: none weighted). */
  contextGlyph?: string;
  /** A suggested group (analysis), not a recorded one: dashed, unfilled, never picked by a tap. */
  suggested?: boolean;
}

/** A note pinned on the diagram, at its drawn (absolute) position. */
export interface NoteNode {
  id: string;
  text: string;
  x: number;
  y: number;
  /** The person or group it moves with. */
  attachedTo: { kind: 'person' | 'group'; id: string } | null;
}

/** A place drawn in the network when "show places" is on: a distinct node type. */
export interface PlaceNode {
  id: string;
  label: string;
  kind: PlaceKind;
  risk: RiskLevel;
  pinned: boolean;
  x: number;
  y: number;
}

/** A person linked to a place; `viaGroup` when the link is the group's, drawn to each member. */
export interface PlaceLinkEdge {
  id: string;
  source: string;
  target: string;
  kind: PlaceLinkKind;
  confidence: Confidence;
  viaGroup: boolean;
}

export interface NetworkModel {
  people: readonly PersonNode[];
  associations: readonly AssociationEdge[];
  groups: readonly GroupOutline[];
  notes: readonly NoteNode[];
  /** Empty unless places are shown in the network. */
  places?: readonly PlaceNode[];
  placeLinks?: readonly PlaceLinkEdge[];
}

/**
 * Maps the view model to Cytoscape elements. Pure, so it is tested without a canvas. The visual
 * encoding is resolved here into plain data (shape, colours, line style) that a few data-mapped
 * style rules read: one rule per value would make styling a large board many times slower.
 */
// Elements for unchanged view objects are reused, so react-cytoscapejs finds them equal at once.
const nodeElements = new WeakMap<PersonNode, ElementDefinition>();
const noteElements = new WeakMap<NoteNode, ElementDefinition>();
const placeElements = new WeakMap<PlaceNode | PlaceLinkEdge, ElementDefinition>();
const edgeElements = new Map<string, WeakMap<AssociationEdge, ElementDefinition>>();

/**
 * A note's card size from its text (15px type wrapped at about 28 characters a line). Cytoscape's
 * own `width: label` is deprecated, so the card is sized here.
 */
export function noteSize(text: string): { w: number; h: number } {
  const PER_LINE = 28;
  let lines = 0;
  let longest = 0;
  for (const para of text.split('\n')) {
    const n = Math.max(1, Math.ceil(para.length / PER_LINE));
    lines += n;
    longest = Math.max(longest, Math.min(para.length, PER_LINE));
  }
  return { w: Math.max(60, longest * 8.2 + 24), h: lines * 19 + 22 };
}

export function toElements(model: NetworkModel, edgeClasses = ''): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const p of model.people) {
    let element = nodeElements.get(p);
    if (!element) {
      element = {
        group: 'nodes',
        data: {
          id: p.id,
          label: p.label,
          kind: p.kind,
          risk: p.risk,
          harmRole: p.harmRole,
          shape: personShape[p.kind],
          fill: riskFill[p.risk],
          ringColour: harmRing[p.harmRole].colour,
          ringWidth: harmRing[p.harmRole].width,
          ringStyle: harmRing[p.harmRole].style,
          borderWidth: groupRoleBorder[p.groupRole].width,
          borderStyle: groupRoleBorder[p.groupRole].style,
          // Data, not a class: react-cytoscapejs replaces classes when they differ, which would
          // drop classes the adapter sets itself (far, filtered).
          pinned: p.pinned ? 'yes' : 'no',
          contextGlyph: p.contextGlyph ?? '',
        },
        position: { x: p.x, y: p.y },
        classes: 'person',
      };
      nodeElements.set(p, element);
    }
    out.push(element);
  }
  for (const n of model.notes) {
    let element = noteElements.get(n);
    if (!element) {
      element = {
        group: 'nodes',
        data: {
          id: n.id,
          label: n.text,
          ...noteSize(n.text),
          // The person it follows while they are dragged (see gestures.ts).
          anchor: n.attachedTo?.kind === 'person' ? n.attachedTo.id : '',
        },
        position: { x: n.x, y: n.y },
        classes: 'note',
      };
      noteElements.set(n, element);
    }
    out.push(element);
  }
  for (const p of model.places ?? []) {
    let element = placeElements.get(p);
    if (!element) {
      const { glyph, colour } = placeKindStyle[p.kind];
      element = {
        group: 'nodes',
        data: {
          id: p.id,
          label: `${glyph}  ${p.label}`,
          fill: riskFill[p.risk],
          kindColour: colour,
          pinned: p.pinned ? 'yes' : 'no',
        },
        position: { x: p.x, y: p.y },
        classes: 'place',
      };
      placeElements.set(p, element);
    }
    out.push(element);
  }
  for (const l of model.placeLinks ?? []) {
    let element = placeElements.get(l);
    if (!element) {
      element = {
        group: 'edges',
        classes: 'place-link',
        data: {
          id: l.id,
          source: l.source,
          target: l.target,
          kind: l.kind,
          colour: PLACE_LINK_COLOUR,
          width: l.viaGroup ? 1.5 : 2.5,
          arrow: 'none',
          lineStyle: l.viaGroup ? 'dotted' : confidenceLine[l.confidence],
          via: l.viaGroup ? 'group' : 'person',
        },
      };
      placeElements.set(l, element);
    }
    out.push(element);
  }
  let edges = edgeElements.get(edgeClasses);
  if (!edges) {
    edges = new WeakMap();
    edgeElements.set(edgeClasses, edges);
  }
  for (const a of model.associations) {
    let element = edges.get(a);
    if (!element) {
      element = {
        group: 'edges',
        classes: edgeClasses,
        data: {
          id: a.id,
          source: a.source,
          target: a.target,
          kind: a.kind,
          directed: a.directed ? 'yes' : 'no',
          confidence: a.confidence,
          colour: associationColour[a.kind],
          lineStyle: confidenceLine[a.confidence],
          arrow: a.directed ? 'triangle' : 'none',
          width: isProtective(a.kind) ? associationWidth.protective : associationWidth.harmful,
          midMark: isProtective(a.kind) ? 'circle' : 'none',
          mark: a.reviewDue ? REVIEW_MARK : '',
        },
      };
      edges.set(a, element);
    }
    out.push(element);
  }
  return out;
}
