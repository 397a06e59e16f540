import Graph from 'graphology';

/** One recorded association, as the measures need it: its ends, kind and confidence. */
export interface Link {
  id: string;
  fromId: string;
  toId: string;
  kind: string;
  confidence: string;
}

/** The recorded associations between one pair of people. */
export interface PairLinks {
  links: Link[];
}

export type PeerGraph = Graph<Record<string, never>, PairLinks>;

/**
 * Who is linked to whom, for measures: one undirected edge per pair of people however many
 * associations were recorded between them, because the measures ask who is connected, not how
 * often it was written down. Direction is left aside for the same reason (an exploitation link
 * joins two people whichever way it runs). Links to anyone not among `people` are left out.
 */
export function peerGraph(people: readonly string[], links: readonly Link[]): PeerGraph {
  const graph: PeerGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const id of people) graph.mergeNode(id);
  for (const link of links) {
    if (link.fromId === link.toId) continue;
    if (!graph.hasNode(link.fromId) || !graph.hasNode(link.toId)) continue;
    const edge = graph.edge(link.fromId, link.toId);
    if (edge === undefined) graph.addEdge(link.fromId, link.toId, { links: [link] });
    else graph.getEdgeAttributes(edge).links.push(link);
  }
  return graph;
}
