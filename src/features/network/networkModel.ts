import type { AssociationEdge, NetworkModel, PersonNode } from '../../adapters/cytoscape/elements';
import type { BoardContent } from '../../db/queries';
import { positionId } from '../../domain/records/position';

const GRID = 120;

/**
 * Builds the diagram's view model from a board's records. People without a stored position (e.g.
 * from an import) are placed on a grid below the others rather than piled on one spot.
 */
// Every write stamps a new `updatedAt`, so id + updatedAt names one version of a record. Nodes and
// edges built from unchanged versions are reused, so after one edit on a board of thousands only the
// changed elements compare unequal downstream. Each build keeps only the ids it saw.
let nodeCache = new Map<string, { version: string; node: PersonNode }>();
let edgeCache = new Map<string, { version: string; edge: AssociationEdge }>();

export function buildNetworkModel(
  content: Pick<BoardContent, 'people' | 'associations' | 'positions'>,
): NetworkModel {
  const pos = new Map(content.positions.map((p) => [p.id, p]));
  let maxY = 0;
  for (const p of content.positions) maxY = Math.max(maxY, p.y);
  let unplaced = 0;
  const nodes = new Map<string, { version: string; node: PersonNode }>();
  const people: PersonNode[] = content.people.map((person) => {
    const at = pos.get(positionId(person.id));
    const version = `${person.updatedAt}|${at ? `${at.updatedAt}|${at.x},${at.y}` : ''}`;
    const cached = nodeCache.get(person.id);
    if (at && cached?.version === version) {
      nodes.set(person.id, cached);
      return cached.node;
    }
    let x: number;
    let y: number;
    if (at) {
      x = at.x;
      y = at.y;
    } else {
      x = (unplaced % 10) * GRID;
      y = maxY + GRID * (1 + Math.floor(unplaced / 10));
      unplaced++;
    }
    const node: PersonNode = {
      id: person.id,
      label: person.displayName,
      kind: person.kind,
      risk: person.riskLevel,
      harmRole: person.harmRole,
      x,
      y,
    };
    if (at) nodes.set(person.id, { version, node });
    return node;
  });
  const edges = new Map<string, { version: string; edge: AssociationEdge }>();
  const associations: AssociationEdge[] = content.associations.map((a) => {
    const cached = edgeCache.get(a.id);
    if (cached?.version === a.updatedAt) {
      edges.set(a.id, cached);
      return cached.edge;
    }
    const edge: AssociationEdge = {
      id: a.id,
      source: a.fromId,
      target: a.toId,
      kind: a.kind,
      directed: a.directed,
      confidence: a.confidence,
    };
    edges.set(a.id, { version: a.updatedAt, edge });
    return edge;
  });
  nodeCache = nodes;
  edgeCache = edges;
  return { people, associations };
}
