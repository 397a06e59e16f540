import { riskFill, OUTLINE, SELECTED } from './encoding';
import { placeKinds, riskLevels, type PlaceKind, type RiskLevel } from './vocabulary';

/**
 * How places look on the map (and, as a node, in the network). One definition feeds the map
 * layers, the map legend and the map export. Kind is a letter glyph in a dark outlined badge and
 * the area's outline colour; risk is the fill, the same scale as people's risk on the diagram, so
 * "red means significant" holds in both views. The glyph makes kind readable without colour.
 */
export const placeKindStyle: Record<PlaceKind, { glyph: string; colour: string }> = {
  park: { glyph: 'P', colour: '#1d6b35' },
  school: { glyph: 'S', colour: '#1f4e9c' },
  estate: { glyph: 'E', colour: '#6b4e9b' },
  'high-street': { glyph: 'H', colour: '#8a4b08' },
  shop: { glyph: 'T', colour: '#a3336d' },
  transport: { glyph: 'B', colour: '#00605a' },
  home: { glyph: 'A', colour: '#5d4037' },
  online: { glyph: '@', colour: '#37474f' },
  other: { glyph: '•', colour: '#3b4650' },
};

/** Fill opacity of an area: enough to read the risk colour, little enough to see the basemap. */
export const AREA_FILL_OPACITY = 0.35;

/** The dash of an area whose risk is not yet assessed. */
export const AREA_DASH = '8 6';

/** Places not linked to the selection fade to this. */
export const DIMMED_OPACITY = 0.35;

/** A place linked to what is selected elsewhere: a thick ring in a colour used nowhere else. */
export const LINKED_HALO = '#0077c8';

/** Lines from people to places in the network: a neutral slate, never read as an association kind. */
export const PLACE_LINK_COLOUR = '#4f5b66';

export const placeOutline = OUTLINE;
/**
 * The kind's letter in a place badge. It is text (16px bold, not "large" under WCAG), so it must
 * keep 4.5:1 on every risk fill: black does (5.5:1 on "significant"); the outline's near-black
 * would not (4.43:1).
 */
export const placeGlyphInk = '#000000';
export const placeSelected = SELECTED;

export function placeFill(risk: RiskLevel): string {
  return riskFill[risk];
}

/** Map legend rows, in vocabulary order. */
export function placeLegend(): {
  kinds: { key: PlaceKind; label: string; glyph: string; colour: string }[];
  risks: { key: RiskLevel; label: string; fill: string }[];
} {
  return {
    kinds: placeKinds.map((k) => ({ key: k.key, label: k.label, ...placeKindStyle[k.key] })),
    risks: riskLevels.map((r) => ({ key: r.key, label: r.label, fill: riskFill[r.key] })),
  };
}

/**
 * How an area is outlined and filled for its state: one answer for the live map and the exported
 * image, so they cannot drift apart.
 */
export function areaLook(look: {
  kind: PlaceKind;
  risk: RiskLevel;
  selected: boolean;
  linked: boolean;
  dimmed: boolean;
}): {
  stroke: string;
  width: number;
  dashed: boolean;
  fill: string;
  fillOpacity: number;
  opacity: number;
} {
  return {
    stroke: look.selected ? SELECTED : look.linked ? LINKED_HALO : placeKindStyle[look.kind].colour,
    width: look.selected || look.linked ? 6 : 3,
    // Not yet assessed: a dashed edge, so "no risk recorded" never reads as "no risk".
    dashed: look.risk === 'not-assessed',
    fill: riskFill[look.risk],
    fillOpacity: look.dimmed ? AREA_FILL_OPACITY / 3 : AREA_FILL_OPACITY,
    opacity: look.dimmed ? DIMMED_OPACITY : 1,
  };
}
