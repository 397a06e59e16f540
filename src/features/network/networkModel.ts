import type {
  AssociationEdge,
  GroupOutline,
  NetworkModel,
  NoteNode,
  PersonNode,
} from '../../adapters/cytoscape/elements';
import type { Annotation } from '../../domain/kinds/annotation';
import type { Group } from '../../domain/kinds/group';
import type { Membership } from '../../domain/kinds/membership';
import type { BoardContent } from '../../db/queries';
import { mostCentralRole } from '../../domain/encoding';
import { contextGlyph } from '../../domain/contextWeighting';
import { todayString } from '../../domain/dates';
import { positionId } from '../../domain/kinds/position';
import { distinctNames, shownName } from '../../domain/naming';
import type { GroupRole, NamePolicy } from '../../domain/vocabulary';

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
  content: Pick<BoardContent, 'people' | 'associations' | 'positions' | 'memberships'> &
    Partial<Pick<BoardContent, 'groups' | 'annotations'>>,
  options: {
    today?: string;
    policy?: NamePolicy;
    /** Masks names inside free text (notes, group names) when the policy hides them. */
    mask?: (text: string) => string;
  } = {},
): NetworkModel {
  const { today = todayString(), policy = 'full', mask = (t: string) => t } = options;
  const pos = new Map(content.positions.map((p) => [p.id, p]));
  const rolesOf = new Map<string, GroupRole[]>();
  for (const m of content.memberships) {
    const roles = rolesOf.get(m.personId);
    if (roles) roles.push(m.role);
    else rolesOf.set(m.personId, [m.role]);
  }
  let maxY = 0;
  for (const p of content.positions) maxY = Math.max(maxY, p.y);
  let unplaced = 0;
  const nodes = new Map<string, { version: string; node: PersonNode }>();
  // Colliding initials are told apart on the diagram as in the lists (domain/naming.ts).
  const labels = distinctNames(content.people, policy);
  const people: PersonNode[] = content.people.map((person) => {
    const at = pos.get(positionId(person.id));
    const groupRole = mostCentralRole(rolesOf.get(person.id) ?? []);
    const label = labels.get(person.id) ?? shownName(person, policy);
    const version = `${person.updatedAt}|${groupRole}|${label}|${at ? `${at.updatedAt}|${at.x},${at.y}` : ''}`;
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
      label,
      kind: person.kind,
      risk: person.riskLevel,
      harmRole: person.harmRole,
      groupRole,
      pinned: at?.pinned ?? false,
      x,
      y,
      contextGlyph: contextGlyph(person.contexts),
    };
    if (at) nodes.set(person.id, { version, node });
    return node;
  });
  const edges = new Map<string, { version: string; edge: AssociationEdge }>();
  const associations: AssociationEdge[] = content.associations.map((a) => {
    const reviewDue = a.reviewDate !== null && a.reviewDate < today;
    const version = `${a.updatedAt}|${reviewDue}`;
    const cached = edgeCache.get(a.id);
    if (cached?.version === version) {
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
      reviewDue,
    };
    edges.set(a.id, { version, edge });
    return edge;
  });
  nodeCache = nodes;
  edgeCache = edges;
  const groups = buildGroups(content.groups ?? [], content.memberships, mask);
  const notes = buildNotes(content.annotations ?? [], people, groups, mask);
  return { people, associations, groups, notes };
}

function buildGroups(
  groups: readonly Group[],
  memberships: readonly Membership[],
  mask: (text: string) => string,
): GroupOutline[] {
  const members = new Map<string, string[]>();
  for (const m of memberships) {
    const list = members.get(m.groupId);
    if (list) list.push(m.personId);
    else members.set(m.groupId, [m.personId]);
  }
  return groups.map((g) => ({
    id: g.id,
    name: mask(g.name),
    colour: g.colour,
    memberIds: members.get(g.id) ?? [],
    contextGlyph: contextGlyph(g.contexts),
  }));
}

/**
 * A note attached to a person or group stores its offset from them, so it moves with them: from
 * the person's centre, or from the middle of the group's members.
 */
export function noteAnchor(
  attachedTo: Annotation['attachedTo'],
  people: ReadonlyMap<string, { x: number; y: number }>,
  groups: readonly GroupOutline[],
): { x: number; y: number } | null {
  if (!attachedTo) return { x: 0, y: 0 };
  if (attachedTo.kind === 'person') return people.get(attachedTo.id) ?? null;
  if (attachedTo.kind !== 'group') return null;
  const group = groups.find((g) => g.id === attachedTo.id);
  const at = (group?.memberIds ?? []).flatMap((id) => {
    const p = people.get(id);
    return p ? [p] : [];
  });
  if (at.length === 0) return null;
  return {
    x: at.reduce((t, p) => t + p.x, 0) / at.length,
    y: at.reduce((t, p) => t + p.y, 0) / at.length,
  };
}

function buildNotes(
  annotations: readonly Annotation[],
  people: readonly PersonNode[],
  groups: readonly GroupOutline[],
  mask: (text: string) => string,
): NoteNode[] {
  if (annotations.length === 0) return [];
  const at = new Map(people.map((p) => [p.id, p]));
  return annotations.flatMap((n) => {
    if (!n.position) return [];
    // A note whose person or group has gone is kept in the database but not drawn.
    const anchor = noteAnchor(n.attachedTo, at, groups);
    if (!anchor) return [];
    const attachedTo =
      n.attachedTo && n.attachedTo.kind !== 'place'
        ? { kind: n.attachedTo.kind, id: n.attachedTo.id }
        : null;
    return [
      {
        id: n.id,
        text: mask(n.text),
        x: anchor.x + n.position.x,
        y: anchor.y + n.position.y,
        attachedTo,
      },
    ];
  });
}
