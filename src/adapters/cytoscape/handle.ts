import type { Core } from 'cytoscape';
import type { NetworkModel } from './elements';
import type { NetworkHandle } from './intents';
import { fitPersonLabel, personLabelShownAt } from './labelFit';
import { shownExtent, shownSize } from './shownSize';
import { fitViewport, legibleViewport } from './viewport';
import { pixelRatioOf } from './renderer';

/** The calls the feature may make on the diagram, over one Cytoscape instance. */
export function createHandle(cy: Core, model: () => NetworkModel): NetworkHandle {
  const viewportListeners = new Set<() => void>();
  cy.on('viewport resize', () => viewportListeners.forEach((l) => l()));

  return {
    fit: () => {
      // What is drawn now: people and notes, less anything the filters hide.
      const shown = cy
        .nodes('.person:visible, .note:visible, .place:visible')
        .map((n) => n.position());
      const { width, height } = shownSize(cy);
      const v = fitViewport(shown.length > 0 ? shown : model().people, width, height);
      cy.viewport({ zoom: v.zoom, pan: v.pan });
    },
    zoomBy: (factor) => {
      const { width, height } = shownSize(cy);
      const w = width / 2;
      const h = height / 2;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: w, y: h } });
    },
    renderedPositionOf: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() ? n.renderedPosition() : null;
    },
    toRendered: (p) => ({ x: p.x * cy.zoom() + cy.pan().x, y: p.y * cy.zoom() + cy.pan().y }),
    zoom: () => cy.zoom(),
    personLabel: (text) =>
      personLabelShownAt(cy.zoom(), pixelRatioOf(cy)) ? fitPersonLabel(text) : null,
    viewportCenter: () => {
      const ext = shownExtent(cy);
      return { x: (ext.x1 + ext.x2) / 2, y: (ext.y1 + ext.y2) / 2 };
    },
    showLegibly: (itemIds, shownIds) => {
      const at = (ids: readonly string[]) =>
        ids.flatMap((id) => {
          const n = cy.getElementById(id);
          return n.nonempty() ? [{ ...n.position() }] : [];
        });
      const item = at(itemIds);
      if (item.length === 0) return null;
      const { width, height } = shownSize(cy);
      const v = legibleViewport(item, at(shownIds), width, height);
      cy.viewport({ zoom: v.zoom, pan: v.pan });
      return v.fit;
    },
    visibleBox: () => {
      const { x1, y1, x2, y2 } = shownExtent(cy);
      return { x1, y1, x2, y2 };
    },
    ensureVisible: (id) => {
      const n = cy.getElementById(id);
      if (n.empty()) return;
      const ext = shownExtent(cy);
      const { x, y } = n.position();
      if (x < ext.x1 || x > ext.x2 || y < ext.y1 || y > ext.y2) cy.center(n);
    },
    labelOf: (id) => {
      const n = cy.getElementById(id);
      return n.nonempty() ? String(n.data('label')) : null;
    },
    isShown: (id) => {
      const e = cy.getElementById(id);
      return e.nonempty() && e.visible();
    },
    styleOf: (id, property) => {
      const e = cy.getElementById(id);
      return e.nonempty() ? String(e.style(property)) : null;
    },
    resetPositions: () => {
      const byId = new Map(model().people.map((p) => [p.id, p]));
      cy.batch(() =>
        cy.nodes().forEach((n) => {
          const p = byId.get(n.id());
          if (p) n.position({ x: p.x, y: p.y });
        }),
      );
    },
    onViewport: (l) => {
      viewportListeners.add(l);
      return () => viewportListeners.delete(l);
    },
    visibleExtent: () => {
      const { x1, y1, x2, y2 } = shownExtent(cy);
      return { x1, y1, x2, y2 };
    },
    showExtent: ({ x1, y1, x2, y2 }) => {
      // The whole of the other screen's view fits here, whatever the two windows' shapes.
      const { width, height } = shownSize(cy);
      const zoom = Math.min(width / (x2 - x1), height / (y2 - y1));
      const level = Math.max(cy.minZoom(), Math.min(cy.maxZoom(), zoom));
      const pan = {
        x: width / 2 - (level * (x1 + x2)) / 2,
        y: height / 2 - (level * (y1 + y2)) / 2,
      };
      if (Number.isFinite(level) && level > 0) cy.viewport({ zoom: level, pan });
    },
    isSelected: (id) => {
      const e = cy.getElementById(id);
      return e.nonempty() && e.selected();
    },
  };
}
