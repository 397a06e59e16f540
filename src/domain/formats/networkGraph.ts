import Graph from 'graphology';
import { kinds } from '../kinds';
import { NETWORK_DIAGRAM } from '../kinds/position';
import { associationKinds, labelOf } from '../vocabulary';
import type { PreparedExport } from './exportBoard';
import { flatten, type Scalar } from './flatten';

/**
 * How associations become edges. `mixed`: each as recorded, one way or both (Gephi, yEd and
 * Cytoscape read a mixed graph). `directed`: every edge from → to, with the `directed` attribute
 * saying which run one way, for networkx and igraph, which cannot read a mixed graph.
 */
export type EdgeMode = 'mixed' | 'directed';

export type Attributes = Record<string, Scalar>;

/** What the graph file says about itself, written as graph-level data. */
export interface NetworkMeta {
  title: string;
  marking: string;
  exportedAt: string;
  redaction: string;
  format: string;
}

/** The network export's own format version; raise it when what the files hold changes. */
export const NETWORK_FORMAT = 'Peers & Places network export, version 1';

// Stored on the node or edge itself (its id, its ends) or the board's id: not attributes.
const leavePerson: ReadonlySet<string> = new Set(['id', 'boardId']);
const leaveAssociation: ReadonlySet<string> = new Set(['id', 'boardId', 'fromId', 'toId']);

/**
 * The neutral model of a board's network, as Gephi Lite hands a graphology graph to its writers:
 * people as nodes with every stored attribute, their groups and roles (lists in group order, as
 * JSON), and where they sit on the network diagram (`x`, `y`); associations as edges from → to
 * with every attribute and a label naming the kind. Place links are not part of the network.
 */
export function networkGraph(data: PreparedExport, mode: EdgeMode): Graph<Attributes, Attributes> {
  const { people, groups, memberships, associations, positions } = data.tables;
  const graph = new Graph<Attributes, Attributes>({ type: mode, multi: true });
  const meta: NetworkMeta = {
    title: data.board.title,
    marking: data.board.classification,
    exportedAt: data.exportedAt,
    redaction: data.statement,
    format: NETWORK_FORMAT,
  };
  graph.replaceAttributes({ ...meta });

  const at = new Map(
    positions
      .filter((p) => p.diagram === NETWORK_DIAGRAM && p.nodeKind === 'person')
      .map((p) => [p.nodeId, p]),
  );
  const groupOrder = new Map(groups.map((g, i) => [g.id, { group: g, i }]));
  const membersOf = new Map<string, { name: string; id: string; role: string; i: number }[]>();
  for (const m of memberships) {
    const g = groupOrder.get(m.groupId);
    if (!g) continue;
    const list = membersOf.get(m.personId) ?? [];
    list.push({ name: g.group.name, id: g.group.id, role: m.role, i: g.i });
    membersOf.set(m.personId, list);
  }

  for (const person of people) {
    const attrs = Object.fromEntries(flatten(person, kinds.people.fields, leavePerson));
    const inGroups = (membersOf.get(person.id) ?? []).sort((a, b) => a.i - b.i);
    const position = at.get(person.id);
    graph.addNode(person.id, {
      label: person.displayName,
      ...attrs,
      groups: JSON.stringify(inGroups.map((g) => g.name)),
      groupIds: JSON.stringify(inGroups.map((g) => g.id)),
      groupRoles: JSON.stringify(inGroups.map((g) => g.role)),
      ...(position ? { x: position.x, y: position.y } : {}),
    });
  }

  for (const a of associations) {
    if (!graph.hasNode(a.fromId) || !graph.hasNode(a.toId)) continue;
    const attrs: Attributes = {
      label: labelOf(associationKinds, a.kind),
      ...Object.fromEntries(flatten(a, kinds.associations.fields, leaveAssociation)),
    };
    if (mode === 'directed' || a.directed)
      graph.addDirectedEdgeWithKey(a.id, a.fromId, a.toId, attrs);
    else graph.addUndirectedEdgeWithKey(a.id, a.fromId, a.toId, attrs);
  }
  return graph;
}
