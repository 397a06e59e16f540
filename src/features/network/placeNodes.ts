import type { PersonNode, PlaceLinkEdge, PlaceNode } from '../../adapters/cytoscape/elements';
import type { BoardContent } from '../../db/queries';
import { positionId } from '../../domain/kinds/position';

type Content = Pick<BoardContent, 'places' | 'placeLinks' | 'positions' | 'memberships'>;

/** How far above the people a place with no stored position starts, in diagram units. */
const ABOVE = 160;
/**
 * The room a sign with its name takes, in diagram units: names are up to 160 wide (the label's
 * max width) and drawn under the node, so two nodes closer than this across and this down overlap.
 */
const ROOM = { x: 176, y: 84 };

/**
 * A spot near `near` that covers no one: no person, no place already laid out. Walks out in rings
 * of half-room steps, upwards first (places sit above their people), nearest first. Nodes are kept
 * in a grid of room-sized cells, so a board of thousands is checked cell by cell.
 */
function signLayout(occupied: readonly { x: number; y: number }[]) {
  const cells = new Map<string, { x: number; y: number }[]>();
  const cellOf = (p: { x: number; y: number }) =>
    [Math.floor(p.x / ROOM.x), Math.floor(p.y / ROOM.y)] as const;
  const add = (p: { x: number; y: number }) => {
    const [cx, cy] = cellOf(p);
    const key = `${cx},${cy}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  };
  occupied.forEach(add);
  const clear = (p: { x: number; y: number }) => {
    const [cx, cy] = cellOf(p);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const o of cells.get(`${cx + dx},${cy + dy}`) ?? [])
          if (Math.abs(o.x - p.x) < ROOM.x && Math.abs(o.y - p.y) < ROOM.y) return false;
    return true;
  };
  return (near: { x: number; y: number }): { x: number; y: number } => {
    const start = { x: Math.round(near.x), y: Math.round(near.y) };
    let spot = clear(start) ? start : null;
    for (let ring = 1; !spot && ring <= 60; ring++) {
      const around: { x: number; y: number; d: number }[] = [];
      for (let i = -ring; i <= ring; i++)
        for (let j = -ring; j <= ring; j++) {
          if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
          const p = { x: start.x + (i * ROOM.x) / 2, y: start.y + (j * ROOM.y) / 2 };
          around.push({ ...p, d: Math.hypot(i, j) + (j > 0 ? 0.5 : 0) });
        }
      around.sort((a, b) => a.d - b.d);
      const found = around.find(clear);
      if (found) spot = { x: Math.round(found.x), y: Math.round(found.y) };
    }
    const placed = spot ?? start;
    add(placed);
    return placed;
  };
}

/**
 * Places as nodes in the network ("show places"), so peer network and contexts are seen together.
 * A place link to a group is drawn to each of its members, marked as coming through the group:
 * the diagram has no single node for a group, only its outline.
 * A place never placed on the diagram starts above the middle of the people linked to it (or above
 * everyone), so it appears near who it concerns, on the nearest spot where its sign and name cover
 * no person and no other place.
 */
export function placeNodes(
  content: Content,
  people: readonly PersonNode[],
  label: (name: string) => string,
  /** Other things on the diagram a sign must not cover (notes). */
  others: readonly { x: number; y: number }[] = [],
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
  const storedPlaces = content.places.flatMap((p) => pos.get(positionId(p.id)) ?? []);
  const spotNear = signLayout([...people, ...storedPlaces, ...others]);
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
      unplaced++;
      ({ x, y } = spotNear({ x, y }));
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
