import type { Core, NodeSingular } from 'cytoscape';
import { SELECTED } from '../../domain/encoding';
import { CONTEXT_BADGE } from '../../domain/contextBadge';
import {
  groupOutline,
  insideOutline,
  outlineLabelAt,
  outlinePath,
  separateLabels,
  type Point,
} from '../../domain/hull';
import type { GroupOutline } from './elements';

const SVG = 'http://www.w3.org/2000/svg';
/** Clearance between a member's centre and the outline: the node's half-width plus its label. */
const PADDING = 42;

interface Drawn {
  group: GroupOutline;
  path: SVGPathElement;
  label: SVGTextElement;
  outline: Point[] | null;
}

export interface HullLayer {
  setGroups(groups: readonly GroupOutline[], selected: readonly string[]): void;
  /** The smallest group outline containing a model point, if any. */
  groupAt(p: { x: number; y: number }): string | null;
  destroy(): void;
}

/**
 * Group outlines drawn in an SVG layer under the Cytoscape canvas (its background is transparent).
 * The layer follows pan and zoom through one transform, and redraws only the outlines of groups
 * whose members moved, once per frame, so dragging stays smooth. Names go in as text nodes.
 */
export function createHullLayer(cy: Core, svg: SVGSVGElement): HullLayer {
  const root = document.createElementNS(SVG, 'g');
  svg.appendChild(root);
  let drawn: Drawn[] = [];
  let selected = new Set<string>();
  const groupsOf = new Map<string, Drawn[]>();
  const dirty = new Set<Drawn>();
  let frame = 0;

  const follow = () => {
    const { x, y } = cy.pan();
    root.setAttribute('transform', `translate(${x},${y}) scale(${cy.zoom()})`);
  };

  const redraw = (d: Drawn) => {
    const centres: Point[] = [];
    for (const id of d.group.memberIds) {
      const n = cy.getElementById(id) as NodeSingular;
      if (n.nonempty() && n.visible()) centres.push([n.position('x'), n.position('y')]);
    }
    d.outline = groupOutline(centres, PADDING);
    const on = selected.has(d.group.id);
    if (!d.outline) {
      d.path.setAttribute('d', '');
      d.label.setAttribute('visibility', 'hidden');
      return;
    }
    d.path.setAttribute('d', outlinePath(d.outline));
    d.path.setAttribute('stroke', on ? SELECTED : d.group.colour);
    d.path.setAttribute('stroke-width', on ? '6' : d.group.suggested ? '4' : '3');
    // A suggestion's name goes under its outline: above, it sat on the recorded group's name
    // whenever the two outlines share their top members, as they often do.
    d.label.setAttribute('visibility', 'visible');
  };

  /** Every name at its outline, none over another (recorded groups first: drawn is in that order). */
  const placeLabels = () => {
    const shown = drawn.filter((d) => d.outline);
    const spots = shown.map((d) => {
      const side = d.group.suggested ? 'below' : 'above';
      const [x, y] = outlineLabelAt(d.outline!, side);
      // 18 px bold: about 11 px a character, without asking the browser to lay the text out.
      return { x, y, width: (d.label.textContent?.length ?? 0) * 11, side } as const;
    });
    const ys = separateLabels(spots);
    shown.forEach((d, i) => {
      d.label.setAttribute('x', String(spots[i]!.x));
      d.label.setAttribute('y', String(ys[i]));
    });
  };

  const flush = () => {
    frame = 0;
    for (const d of dirty) redraw(d);
    dirty.clear();
    placeLabels();
  };
  const onMoved = (e: { target: NodeSingular }) => {
    const list = groupsOf.get(e.target.id());
    if (!list) return;
    for (const d of list) dirty.add(d);
    if (!frame) frame = requestAnimationFrame(flush);
  };

  cy.on('viewport', follow);
  cy.on('position', 'node.person', onMoved);
  // Filters show and hide members by class.
  cy.on('class', 'node.person', onMoved);
  follow();

  return {
    setGroups(groups, selectedIds) {
      selected = new Set(selectedIds);
      root.replaceChildren();
      groupsOf.clear();
      drawn = groups.map((group) => {
        const path = document.createElementNS(SVG, 'path');
        path.setAttribute('fill', group.suggested ? 'none' : group.colour);
        path.setAttribute('fill-opacity', '0.1');
        path.setAttribute('stroke-linejoin', 'round');
        // A suggestion is dashed and unfilled, so it never reads as a group someone recorded.
        if (group.suggested) path.setAttribute('stroke-dasharray', '12 8');
        const label = document.createElementNS(SVG, 'text');
        label.setAttribute('text-anchor', 'middle');
        label.setAttribute('font-size', '18');
        label.setAttribute('font-weight', '700');
        label.setAttribute('fill', group.colour);
        label.setAttribute('paint-order', 'stroke');
        label.setAttribute('stroke', '#ffffff');
        label.setAttribute('stroke-width', '4');
        label.textContent = group.name;
        if (group.contextGlyph) {
          // The "change first" letter after the name, as the badge on a person's node.
          const badge = document.createElementNS(SVG, 'tspan');
          badge.setAttribute('dx', '6');
          badge.setAttribute('fill', CONTEXT_BADGE.fill);
          badge.textContent = `[${group.contextGlyph}]`;
          label.append(badge);
        }
        root.append(path, label);
        const d: Drawn = { group, path, label, outline: null };
        for (const id of group.memberIds) {
          const list = groupsOf.get(id);
          if (list) list.push(d);
          else groupsOf.set(id, [d]);
        }
        redraw(d);
        return d;
      });
      placeLabels();
    },
    groupAt(p) {
      let best: { id: string; area: number } | null = null;
      for (const d of drawn) {
        if (d.group.suggested || !d.outline || !insideOutline(d.outline, [p.x, p.y])) continue;
        const xs = d.outline.map((q) => q[0]);
        const ys = d.outline.map((q) => q[1]);
        const area = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
        if (!best || area < best.area) best = { id: d.group.id, area };
      }
      return best?.id ?? null;
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      cy.off('viewport', follow);
      cy.off('position', 'node.person', onMoved);
      cy.off('class', 'node.person', onMoved);
      root.remove();
    },
  };
}
