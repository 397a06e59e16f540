import type { ElementDefinition } from 'cytoscape';
import { associationColour, confidenceLine, personShape, riskFill } from '../../domain/encoding';
import {
  associationKinds,
  type AssociationKind,
  type Confidence,
  type HarmRole,
  type PersonKind,
  type RiskLevel,
} from '../../domain/vocabulary';

/** A person as the diagram draws them: plain values only, already resolved from records. */
export interface PersonNode {
  id: string;
  label: string;
  kind: PersonKind;
  risk: RiskLevel;
  harmRole: HarmRole;
  x: number;
  y: number;
}

export interface AssociationEdge {
  id: string;
  source: string;
  target: string;
  kind: AssociationKind;
  directed: boolean;
  confidence: Confidence;
}

export interface NetworkModel {
  people: readonly PersonNode[];
  associations: readonly AssociationEdge[];
}

const protectiveKinds = new Set<string>(
  associationKinds.filter((k) => k.protective).map((k) => k.key),
);

/**
 * Maps the view model to Cytoscape elements. Pure, so it is tested without a canvas. The visual
 * encoding is resolved here into plain data (shape, colours, line style) that a few data-mapped
 * style rules read: one rule per value would make styling a large board many times slower.
 */
// Elements for unchanged view objects are reused, so react-cytoscapejs finds them equal at once.
const nodeElements = new WeakMap<PersonNode, ElementDefinition>();
const edgeElements = new Map<string, WeakMap<AssociationEdge, ElementDefinition>>();

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
        },
        position: { x: p.x, y: p.y },
      };
      nodeElements.set(p, element);
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
          width: protectiveKinds.has(a.kind) ? 5 : 3,
        },
      };
      edges.set(a, element);
    }
    out.push(element);
  }
  return out;
}
