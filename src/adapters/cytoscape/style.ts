import type { StylesheetJsonBlock } from 'cytoscape';
import {
  associationColour,
  confidenceLine,
  OUTLINE,
  personShape,
  riskFill,
  SELECTED,
} from '../../domain/encoding';

const entries = <K extends string, V>(r: Record<K, V>) => Object.entries(r) as [K, V][];

/** Cytoscape styles, generated from the shared visual encoding. Labels are sized for a projector. */
export function networkStylesheet(): StylesheetJsonBlock[] {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 44,
        height: 44,
        'border-width': 2.5,
        'border-color': OUTLINE,
        'background-color': riskFill['not-assessed'],
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
    ...entries(personShape).map(([kind, shape]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { shape },
    })),
    ...entries(riskFill).map(([risk, colour]) => ({
      selector: `node[risk = "${risk}"]`,
      style: { 'background-color': colour },
    })),
    {
      selector: 'edge',
      style: {
        width: 3,
        'curve-style': 'bezier',
        'line-color': '#555',
        'target-arrow-color': '#555',
        'arrow-scale': 1.4,
      },
    },
    ...entries(associationColour).map(([kind, colour]) => ({
      selector: `edge[kind = "${kind}"]`,
      style: { 'line-color': colour, 'target-arrow-color': colour },
    })),
    ...entries(confidenceLine).map(([c, line]) => ({
      selector: `edge[confidence = "${c}"]`,
      style: { 'line-style': line },
    })),
    { selector: 'edge[directed = "yes"]', style: { 'target-arrow-shape': 'triangle' } },
    { selector: 'edge[kind = "protective"]', style: { width: 5 } },
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
