import type { StylesheetJsonBlock } from 'cytoscape';
import { OUTLINE, SELECTED } from '../../domain/encoding';

/** Below this zoom confidence dashes are drawn solid (see `edge.far`). */
export const FAR_ZOOM = 0.45;

/** Cytoscape styles. They read the shared encoding that elements.ts resolves into element data. */
export function networkStylesheet(): StylesheetJsonBlock[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        shape: 'data(shape)',
        'background-color': 'data(fill)',
        width: 44,
        height: 44,
        'border-width': 2.5,
        'border-color': OUTLINE,
        'font-size': 17,
        'font-weight': 600,
        color: '#111',
        'text-valign': 'bottom',
        'text-margin-y': 6,
        'text-outline-color': '#fff',
        'text-outline-width': 3,
        'text-wrap': 'ellipsis',
        'text-max-width': '160px',
        'min-zoomed-font-size': 8,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'line-color': 'data(colour)',
        'line-style': 'data(lineStyle)',
        'target-arrow-color': 'data(colour)',
        'target-arrow-shape': 'data(arrow)',
        'arrow-scale': 1.4,
      },
    },
    // Zoomed far out, a dash pattern is smaller than a pixel and cannot be seen, yet dashing thousands
    // of lines is most of the cost of a frame: draw them solid until the pattern is visible again.
    // Straight haystack lines are the cheapest to draw; arrowheads that small cannot be seen either.
    {
      selector: 'edge.far',
      style: { 'line-style': 'solid', 'curve-style': 'haystack', 'haystack-radius': 0 },
    },
    { selector: 'node:selected', style: { 'border-color': SELECTED, 'border-width': 6 } },
    {
      selector: 'edge:selected',
      style: {
        width: 7,
        'underlay-color': SELECTED,
        'underlay-opacity': 0.35,
        'underlay-padding': 4,
      },
    },
    // Edge-drawing gesture (link tool)
    { selector: '.eh-ghost-node', style: { width: 1, height: 1, opacity: 0, label: '' } },
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: {
        'line-color': SELECTED,
        'target-arrow-shape': 'none',
        width: 4,
        'line-style': 'solid',
      },
    },
    {
      selector: '.eh-hover, .eh-source, .eh-target',
      style: { 'border-color': SELECTED, 'border-width': 6 },
    },
  ] as StylesheetJsonBlock[];
}
