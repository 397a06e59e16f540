/**
 * How a board's people hang together, so the analysis panel can say it in words before any
 * ranking: how many separate parts the linked people fall into, and how many have no link at all.
 * People in separate parts have no chain between them, so the bridges and the reach of each are
 * measured within their own part.
 */
export interface BoardShape {
  people: number;
  /** People with no recorded association with anyone else on the board. */
  unlinked: number;
  /** Separate parts among the linked people (1 when everyone linked is joined up). */
  parts: number;
}

export function boardShape(
  people: readonly string[],
  links: readonly { fromId: string; toId: string }[],
): BoardShape {
  const parent = new Map(people.map((id) => [id, id]));
  const root = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    // Shorten the path for the next look-up.
    for (let at = id; at !== r;) {
      const next = parent.get(at)!;
      parent.set(at, r);
      at = next;
    }
    return r;
  };
  const linked = new Set<string>();
  for (const { fromId, toId } of links) {
    if (fromId === toId || !parent.has(fromId) || !parent.has(toId)) continue;
    linked.add(fromId).add(toId);
    parent.set(root(fromId), root(toId));
  }
  const parts = new Set([...linked].map(root)).size;
  return { people: parent.size, unlinked: parent.size - linked.size, parts };
}
