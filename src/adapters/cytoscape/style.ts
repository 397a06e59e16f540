import type { StylesheetJsonBlock } from 'cytoscape';
import {
  NOTE_BORDER,
  NOTE_FILL,
  OUTLINE,
  REVIEW_MARK,
  REVIEW_OPACITY,
  SELECTED,
} from '../../domain/encoding';
import { LINKED_HALO } from '../../domain/placeEncoding';
import { CHANGED_COLOUR } from '../../domain/changeEncoding';
import { contextBadgeStyles } from './contextBadgeStyle';

/** Below this zoom confidence dashes are drawn solid (see `edge.far`). */
export const FAR_ZOOM = 0.45;

/** A person's node, in model units. Overlays drawn over the canvas (a person just added) read these. */
export const PERSON_SIZE = 44;
export const PERSON_SELECTED_BORDER = 6;

/** A person's name under their node, in model units. */
export const PERSON_LABEL = {
  size: 17,
  weight: 600,
  // Cytoscape's own default, stated so that overlays can use the same face.
  family: 'Helvetica Neue, Helvetica, sans-serif',
  colour: '#111',
  outline: 3,
  gap: 6,
  maxWidth: 160,
  // Cytoscape rounds the zoom up to a power of two before this check (labelFit.ts): 9 shows 17px
  // names at any zoom above 0.5 (taken as 1), not at 0.5 and below, where they cannot be read.
  minZoomedSize: 9,
} as const;

/** Cytoscape styles. They read the shared encoding that elements.ts resolves into element data. */
export function networkStylesheet(): StylesheetJsonBlock[] {
  return [
    {
      selector: 'node.person',
      style: {
        label: 'data(label)',
        shape: 'data(shape)',
        'background-color': 'data(fill)',
        width: PERSON_SIZE,
        height: PERSON_SIZE,
        'border-width': 'data(borderWidth)',
        'border-style': 'data(borderStyle)',
        'border-color': OUTLINE,
        'outline-width': 'data(ringWidth)',
        'outline-color': 'data(ringColour)',
        'outline-style': 'data(ringStyle)',
        'outline-offset': 2,
        'font-size': PERSON_LABEL.size,
        'font-weight': PERSON_LABEL.weight,
        'font-family': PERSON_LABEL.family,
        color: PERSON_LABEL.colour,
        'text-valign': 'bottom',
        'text-margin-y': PERSON_LABEL.gap,
        'text-outline-color': '#fff',
        'text-outline-width': PERSON_LABEL.outline,
        'text-wrap': 'ellipsis',
        'text-max-width': `${PERSON_LABEL.maxWidth}px`,
        'min-zoomed-font-size': PERSON_LABEL.minZoomedSize,
      },
    },
    // Sized by a measure from the analysis (useSizedBy.ts): the key beside the diagram says which.
    { selector: 'node.person.sized', style: { width: 'data(size)', height: 'data(size)' } },
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
    ...contextBadgeStyles(),
    // A pinned person keeps their place when a layout runs: a corner tag shows it.
    {
      selector: 'node[pinned = "yes"]',
      style: {
        'underlay-color': OUTLINE,
        'underlay-opacity': 0.18,
        'underlay-padding': 6,
        'underlay-shape': 'round-rectangle',
      },
    },
    // The protective mark and the review fade apply to few associations: rules matched on data,
    // rather than data-mapped on every edge, keep a board of thousands of lines quick to style
    // (mapping label and opacity on all 6,000 cost some 300 ms when a large board opens).
    {
      selector: 'edge[midMark = "circle"]',
      style: { 'mid-target-arrow-shape': 'circle', 'mid-target-arrow-color': 'data(colour)' },
    },
    {
      selector: `edge[mark = "${REVIEW_MARK}"]`,
      style: {
        opacity: REVIEW_OPACITY,
        label: 'data(mark)',
        'font-size': 13,
        'font-weight': 700,
        color: '#333',
        'text-background-color': '#fff',
        'text-background-opacity': 1,
        'text-background-padding': '2px',
        'min-zoomed-font-size': 9,
      },
    },
    // Zoomed far out, a dash pattern is smaller than a pixel and cannot be seen, yet dashing thousands
    // of lines is most of the cost of a frame: draw them solid until the pattern is visible again.
    // Straight haystack lines are the cheapest to draw; arrowheads that small cannot be seen either.
    {
      selector: 'edge.far',
      style: { 'line-style': 'solid', 'curve-style': 'haystack', 'haystack-radius': 0 },
    },
    {
      selector: 'node.person:selected',
      style: { 'border-color': SELECTED, 'border-width': PERSON_SELECTED_BORDER },
    },
    // Notes pinned on the diagram: paper-yellow cards sized to their text.
    {
      selector: 'node.note',
      style: {
        label: 'data(label)',
        shape: 'round-rectangle',
        'background-color': NOTE_FILL,
        'border-color': NOTE_BORDER,
        'border-width': 1.5,
        width: 'data(w)',
        height: 'data(h)',
        'font-size': 15,
        color: '#111',
        'text-wrap': 'wrap',
        'text-max-width': '220px',
        'text-valign': 'center',
        'text-halign': 'center',
        'min-zoomed-font-size': 9,
      },
    },
    { selector: 'node.note:selected', style: { 'border-color': SELECTED, 'border-width': 4 } },
    // The first person tapped with the link tool, waiting for the second.
    { selector: 'node.link-from', style: { 'border-color': SELECTED, 'border-width': 7 } },
    {
      selector: 'edge:selected',
      style: {
        width: 7,
        'underlay-color': SELECTED,
        'underlay-opacity': 0.35,
        'underlay-padding': 4,
      },
    },
    // Places shown in the network: a sign-shaped node, risk fill, outlined in the place kind's
    // colour, with the kind's letter before the name (the same glyph as on the map).
    {
      selector: 'node.place',
      style: {
        label: 'data(label)',
        shape: 'cut-rectangle',
        width: 54,
        height: 34,
        'background-color': 'data(fill)',
        'border-width': 4,
        'border-color': 'data(kindColour)',
        'outline-width': 1.5,
        'outline-color': OUTLINE,
        'font-size': PERSON_LABEL.size,
        'font-weight': 700,
        color: PERSON_LABEL.colour,
        'text-valign': 'bottom',
        'text-margin-y': PERSON_LABEL.gap,
        'text-outline-color': '#fff',
        'text-outline-width': PERSON_LABEL.outline,
        'text-wrap': 'ellipsis',
        'text-max-width': `${PERSON_LABEL.maxWidth}px`,
        'min-zoomed-font-size': PERSON_LABEL.minZoomedSize,
      },
    },
    { selector: 'node.place:selected', style: { 'border-color': SELECTED, 'border-width': 7 } },
    {
      selector: 'edge.place-link',
      style: {
        'curve-style': 'straight',
      },
    },
    { selector: 'edge.place-link[via = "group"]', style: { opacity: 0.7 } },
    // Linked to what is selected on the map (a place's people): a halo round the node.
    {
      selector: 'node.linked',
      style: {
        'underlay-color': LINKED_HALO,
        'underlay-opacity': 0.45,
        'underlay-padding': 10,
        'underlay-shape': 'ellipse',
      },
    },
    // On a chain between two people ("How are they connected?" in the analysis panel).
    {
      selector: 'edge.linked',
      style: { 'underlay-color': LINKED_HALO, 'underlay-opacity': 0.6, 'underlay-padding': 6 },
    },
    // Changed since the last meeting, while "What changed" is open.
    {
      selector: 'node.changed',
      style: {
        'outline-color': CHANGED_COLOUR,
        'outline-width': 4,
        'outline-style': 'dashed',
        'outline-offset': 5,
        'outline-opacity': 1,
      },
    },
    {
      selector: 'edge.changed',
      style: { 'underlay-color': CHANGED_COLOUR, 'underlay-opacity': 0.5, 'underlay-padding': 5 },
    },
    // Hidden by the filters or the focus (NetworkCanvas toggles the class).
    { selector: '.filtered', style: { display: 'none' } },
    // Edge-drawing gesture (link tool)
    { selector: '.eh-ghost-node', style: { width: 1, height: 1, opacity: 0, label: '' } },
    {
      selector: '.eh-preview, .eh-ghost-edge',
      style: {
        'line-color': SELECTED,
        'target-arrow-shape': 'none',
        'mid-target-arrow-shape': 'none',
        width: 4,
        'line-style': 'solid',
        opacity: 1,
        label: '',
      },
    },
    {
      selector: '.eh-hover, .eh-source, .eh-target',
      style: { 'border-color': SELECTED, 'border-width': 6 },
    },
  ] as StylesheetJsonBlock[];
}
