/** Each person's neighbours over the associations that are drawn. Built once per filter pass. */
export type Adjacency = ReadonlyMap<string, readonly string[]>;

export function buildAdjacency(links: Iterable<{ fromId: string; toId: string }>): Adjacency {
  const next = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const { fromId, toId } of links) {
    add(fromId, toId);
    add(toId, fromId);
  }
  return next;
}

/**
 * Everyone within `steps` associations of any centre person, the centre included: the ego network.
 * Direction is ignored, because who exploits whom still puts both in the same network of concern.
 */
export function egoNetwork(
  centre: Iterable<string>,
  steps: number,
  adjacency: Adjacency,
): Set<string> {
  const reached = new Set(centre);
  let frontier = [...reached];
  for (let step = 0; step < steps && frontier.length > 0; step++) {
    const found: string[] = [];
    for (const id of frontier) {
      for (const other of adjacency.get(id) ?? []) {
        if (reached.has(other)) continue;
        reached.add(other);
        found.push(other);
      }
    }
    frontier = found;
  }
  return reached;
}
