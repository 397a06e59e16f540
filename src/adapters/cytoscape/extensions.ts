import cytoscape, {
  type Core,
  type EdgeSingular,
  type EventObject,
  type NodeSingular,
} from 'cytoscape';

export interface EdgeHandles {
  enableDrawMode(): void;
  disableDrawMode(): void;
  destroy(): void;
}

let loading: Promise<void> | null = null;

/**
 * Loads and registers cytoscape-edgehandles once per page (registering twice throws). It is only
 * needed to drag a link, so it is fetched after the board is first drawn, not with it: the
 * diagram appears without waiting for it, and it stays out of the first download.
 */
function loadEdgeHandles(): Promise<void> {
  loading ??= import('cytoscape-edgehandles').then((m) => {
    cytoscape.use(m.default);
  });
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/**
 * Attaches drag-to-link to `cy` once the extension has loaded (at once if it has). `onLink` gets
 * the two people; the extension's own temporary edge is removed, as the command adds the real one.
 * Resolves with the handles, or null when `cy` was destroyed meanwhile.
 */
export async function attachEdgeHandles(
  cy: Core,
  onLink: (fromId: string, toId: string) => void,
): Promise<EdgeHandles | null> {
  await loadEdgeHandles();
  if (cy.destroyed()) return null;
  const eh = (cy as unknown as { edgehandles(o: object): EdgeHandles }).edgehandles({
    canConnect: (a: NodeSingular, b: NodeSingular) =>
      !a.same(b) && a.hasClass('person') && b.hasClass('person'),
    snap: false,
    hoverDelay: 50,
  });
  cy.on(
    'ehcomplete',
    (_e: EventObject, source: NodeSingular, target: NodeSingular, added: EdgeSingular) => {
      // The database is the source of truth: drop the temporary edge; the command adds the real one.
      added.remove();
      onLink(source.id(), target.id());
    },
  );
  return eh;
}
