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
export function toElements(model: NetworkModel, edgeClasses = ''): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const p of model.people) {
    out.push({
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
    });
  }
  for (const a of model.associations) {
    out.push({
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
    });
  }
  return out;
}
