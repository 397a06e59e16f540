import type { ElementDefinition } from 'cytoscape';
import type {
  AssociationKind,
  Confidence,
  HarmRole,
  PersonKind,
  RiskLevel,
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

/** Maps the view model to Cytoscape elements. Pure, so it is tested without a canvas. */
export function toElements(model: NetworkModel): ElementDefinition[] {
  const out: ElementDefinition[] = [];
  for (const p of model.people) {
    out.push({
      group: 'nodes',
      data: { id: p.id, label: p.label, kind: p.kind, risk: p.risk, harmRole: p.harmRole },
      position: { x: p.x, y: p.y },
    });
  }
  for (const a of model.associations) {
    out.push({
      group: 'edges',
      data: {
        id: a.id,
        source: a.source,
        target: a.target,
        kind: a.kind,
        directed: a.directed ? 'yes' : 'no',
        confidence: a.confidence,
      },
    });
  }
  return out;
}
