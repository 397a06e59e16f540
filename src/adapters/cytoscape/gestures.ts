import type { Core, EventObject, NodeSingular } from 'cytoscape';

/**
 * Escape during a drag puts the dragged people (and notes) back where they were, and the drop
 * that follows is ignored: nothing is written. Cytoscape keeps the pointer grab until release, so
 * any further movement is undone as it happens.
 */
export function cancellableDrag(cy: Core): { cancelled(): boolean; destroy(): void } {
  let start = new Map<NodeSingular, { x: number; y: number }>();
  let cancelled = false;
  let moved = false;

  const restore = () => cy.batch(() => start.forEach((p, n) => n.position({ x: p.x, y: p.y })));

  const onGrab = (e: EventObject) => {
    const n = e.target as NodeSingular;
    if (start.size === 0) {
      cancelled = false;
      moved = false;
    }
    if (!start.has(n)) start.set(n, { ...n.position() });
  };
  const onDrag = () => {
    moved = true;
    if (cancelled) restore();
  };
  const onFree = () => {
    // `dragfree` handlers run after this in the same dispatch; clear once they have looked.
    window.setTimeout(() => {
      if (cy.nodes(':grabbed').empty()) {
        start = new Map();
        cancelled = false;
      }
    }, 0);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || start.size === 0 || !moved || cancelled) return;
    cancelled = true;
    restore();
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  cy.on('grab', 'node', onGrab);
  cy.on('drag', 'node', onDrag);
  cy.on('free', 'node', onFree);
  window.addEventListener('keydown', onKey, true);
  return {
    cancelled: () => cancelled,
    destroy: () => {
      cy.off('grab', 'node', onGrab);
      cy.off('drag', 'node', onDrag);
      cy.off('free', 'node', onFree);
      window.removeEventListener('keydown', onKey, true);
    },
  };
}

/**
 * Notes attached to a person move with them while they are dragged (their stored offset does not
 * change, so nothing extra is written).
 */
export function notesFollowPeople(cy: Core): () => void {
  const last = new Map<string, { x: number; y: number }>();
  const onGrab = (e: EventObject) => {
    const n = e.target as NodeSingular;
    last.set(n.id(), { ...n.position() });
  };
  const onDrag = (e: EventObject) => {
    const n = e.target as NodeSingular;
    const before = last.get(n.id());
    if (!before) return;
    const now = n.position();
    const dx = now.x - before.x;
    const dy = now.y - before.y;
    last.set(n.id(), { ...now });
    if (dx === 0 && dy === 0) return;
    cy.nodes(`.note[anchor = "${n.id()}"]`).forEach((note) => {
      if (note.grabbed()) return;
      const p = note.position();
      note.position({ x: p.x + dx, y: p.y + dy });
    });
  };
  const onFree = (e: EventObject) => last.delete((e.target as NodeSingular).id());
  cy.on('grab', 'node.person', onGrab);
  cy.on('drag', 'node.person', onDrag);
  cy.on('free', 'node.person', onFree);
  return () => {
    cy.off('grab', 'node.person', onGrab);
    cy.off('drag', 'node.person', onDrag);
    cy.off('free', 'node.person', onFree);
  };
}

/**
 * Linking by taps, for touch screens (and mice): with the link tool on, tap one person, then
 * another. The first stays marked until the second tap, a tap on the background, or Escape.
 */
export function tapToLink(
  cy: Core,
  enabled: () => boolean,
  onLink: (fromId: string, toId: string) => void,
): { reset(): void; destroy(): void } {
  let from: NodeSingular | null = null;
  const reset = () => {
    from?.removeClass('link-from');
    from = null;
  };
  // Taps are read from tapstart/tapend pairs: with the link tool on, edgehandles puts its ghost
  // node under the finger, so Cytoscape's own 'tap' lands on the ghost, not the person.
  let down: { node: NodeSingular | null; x: number; y: number } | null = null;
  const onStart = (e: EventObject) => {
    const t = e.target as NodeSingular | Core;
    const node = t !== cy && (t as NodeSingular).hasClass('person') ? (t as NodeSingular) : null;
    // Model positions: touch events do not always carry rendered ones.
    down = { node, x: e.position.x, y: e.position.y };
  };
  const onEnd = (e: EventObject) => {
    const start = down;
    down = null;
    if (!start || !enabled()) return reset();
    const moved = Math.hypot(e.position.x - start.x, e.position.y - start.y) * cy.zoom();
    if (moved > 8) return; // a drag (edgehandles links by dragging)
    const node = start.node;
    if (!node) return reset();
    if (!from) {
      from = node;
      node.addClass('link-from');
      return;
    }
    if (from.same(node)) return reset();
    const a = from.id();
    reset();
    onLink(a, node.id());
  };
  cy.on('tapstart', onStart);
  cy.on('tapend', onEnd);
  return {
    reset,
    destroy: () => {
      reset();
      cy.off('tapstart', onStart);
      cy.off('tapend', onEnd);
    },
  };
}
