import type { AssociationEdge, NetworkModel, PersonNode } from '../../adapters/cytoscape/elements';
import type { BoardContent } from '../../db/queries';
import { positionId } from '../../domain/records/position';

const GRID = 120;

/**
 * Builds the diagram's view model from a board's records. People without a stored position (e.g.
 * from an import) are placed on a grid below the others rather than piled on one spot.
 */
export function buildNetworkModel(
  content: Pick<BoardContent, 'people' | 'associations' | 'positions'>,
): NetworkModel {
  const pos = new Map(content.positions.map((p) => [p.id, p]));
  let maxY = 0;
  for (const p of content.positions) maxY = Math.max(maxY, p.y);
  let unplaced = 0;
  const people: PersonNode[] = content.people.map((person) => {
    const at = pos.get(positionId(person.id));
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
    return {
      id: person.id,
      label: person.displayName,
      kind: person.kind,
      risk: person.riskLevel,
      harmRole: person.harmRole,
      x,
      y,
    };
  });
  const associations: AssociationEdge[] = content.associations.map((a) => ({
    id: a.id,
    source: a.fromId,
    target: a.toId,
    kind: a.kind,
    directed: a.directed,
    confidence: a.confidence,
  }));
  return { people, associations };
}
