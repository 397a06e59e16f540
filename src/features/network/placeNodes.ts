import type { PersonNode, PlaceLinkEdge, PlaceNode } from '../../adapters/cytoscape/elements';
import type { BoardContent } from '../../db/queries';
import { positionId } from '../../domain/kinds/position';

type Content = Pick<BoardContent, 'places' | 'placeLinks' | 'positions' | 'memberships'>;

/** How far above the people a place with no stored position starts, in diagram units. */
const ABOVE = 160;

/**
 * Places as nodes in the network ("show places"), so peer network and contexts are seen together.
 * A place link to a group is drawn to each of its members, marked as coming through the group:
 * the diagram has no single node for a group, only its outline.
 * A place never placed on the diagram starts above the middle of the people linked to it (or above
 * everyone), so it appears near who it concerns rather than on top of someone.
 */
export function placeNodes(
  content: Content,
  people: readonly PersonNode[],
  label: (name: string) => string,
): { places: PlaceNode[]; placeLinks: PlaceLinkEdge[] } {
  const pos = new Map(content.positions.map((p) => [p.id, p]));
  const at = new Map(people.map((p) => [p.id, p]));
  const membersOf = new Map<string, string[]>();
  for (const m of content.memberships) {
    const list = membersOf.get(m.groupId);
    if (list) list.push(m.personId);
    else membersOf.set(m.groupId, [m.personId]);
  }
  const placeLinks: PlaceLinkEdge[] = [];
  const linkedPeople = new Map<string, string[]>();
  for (const l of content.placeLinks) {
    const ends = l.subjectKind === 'person' ? [l.subjectId] : (membersOf.get(l.subjectId) ?? []);
    for (const personId of ends) {
      if (!at.has(personId)) continue;
      placeLinks.push({
        id: l.subjectKind === 'person' ? l.id : `${l.id}:${personId}`,
        source: personId,
        target: l.placeId,
        kind: l.kind,
        confidence: l.confidence,
        viaGroup: l.subjectKind === 'group',
      });
      const list = linkedPeople.get(l.placeId);
      if (list) list.push(personId);
      else linkedPeople.set(l.placeId, [personId]);
    }
  }
  let top = Infinity;
  let left = Infinity;
  for (const p of people) {
    top = Math.min(top, p.y);
    left = Math.min(left, p.x);
  }
  if (!Number.isFinite(top)) top = left = 0;
  let unplaced = 0;
  const places: PlaceNode[] = content.places.map((place) => {
    const stored = pos.get(positionId(place.id));
    let x: number;
    let y: number;
    if (stored) {
      ({ x, y } = stored);
    } else {
      const near = (linkedPeople.get(place.id) ?? []).map((id) => at.get(id)!);
      if (near.length > 0) {
        x = near.reduce((t, p) => t + p.x, 0) / near.length;
        y = Math.min(...near.map((p) => p.y)) - ABOVE;
      } else {
        x = left + unplaced * 140;
        y = top - ABOVE * 2;
      }
      // Two places linked to the same people would otherwise start on the same spot.
      x += (unplaced % 5) * 30;
      unplaced++;
    }
    return {
      id: place.id,
      label: label(place.name),
      kind: place.kind,
      risk: place.riskLevel,
      pinned: stored?.pinned ?? false,
      x,
      y,
    };
  });
  return { places, placeLinks };
}
