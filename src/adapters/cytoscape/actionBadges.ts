import type { Core } from 'cytoscape';

/** The badge text for one node: "2" open, "!1" overdue (either may be empty). */
export interface NodeBadge {
  open: string;
  overdue: string;
}

export interface BadgeLayer {
  set(badges: ReadonlyMap<string, NodeBadge>): void;
  destroy(): void;
}

/** Below this zoom the nodes are dots and a badge would cover its neighbours. */
const MIN_ZOOM = 0.3;

/**
 * Action badges drawn as small DOM boxes over the canvas at each badged node's top-right corner.
 * Only the few nodes with open actions carry one, so nothing on the canvas is restyled when an
 * action changes, and a board of thousands pays for its handful of badges alone. Positions follow
 * each frame Cytoscape draws (pan, zoom, drag, layout), batched into one animation frame.
 */
export function createBadgeLayer(cy: Core, host: HTMLElement): BadgeLayer {
  const boxes = new Map<string, HTMLElement>();
  let frame = 0;
  const place = () => {
    frame = 0;
    const far = cy.zoom() < MIN_ZOOM;
    for (const [id, box] of boxes) {
      const node = cy.getElementById(id);
      if (far || node.empty() || !node.visible()) {
        box.hidden = true;
        continue;
      }
      const at = node.renderedPosition();
      const half = node.renderedWidth() / 2;
      const top = node.renderedHeight() / 2;
      box.hidden = false;
      // Top-left of the node: the top-right corner carries the node's own marks.
      box.style.transform = `translate(${Math.round(at.x - half * 0.6)}px, ${Math.round(at.y - top - 4)}px) translateX(-100%)`;
    }
  };
  const schedule = () => {
    if (frame === 0 && boxes.size > 0) frame = requestAnimationFrame(place);
  };
  cy.on('render', schedule);
  return {
    set(badges) {
      for (const [id, box] of boxes)
        if (!badges.has(id)) {
          box.remove();
          boxes.delete(id);
        }
      for (const [id, b] of badges) {
        let box = boxes.get(id);
        if (!box) {
          box = document.createElement('div');
          box.className = 'action-badge';
          box.dataset.nodeId = id;
          box.append(document.createElement('span'), document.createElement('span'));
          host.append(box);
          boxes.set(id, box);
        }
        const [open, overdue] = box.children as unknown as [HTMLElement, HTMLElement];
        open.textContent = b.open;
        open.className = 'action-badge-open';
        open.hidden = b.open === '';
        overdue.textContent = b.overdue;
        overdue.className = 'action-badge-overdue';
        overdue.hidden = b.overdue === '';
      }
      schedule();
    },
    destroy() {
      cy.off('render', schedule);
      cancelAnimationFrame(frame);
      for (const box of boxes.values()) box.remove();
      boxes.clear();
    },
  };
}
