import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { toElements, type NetworkModel } from '../../src/adapters/cytoscape/elements';
import { FAR_ZOOM, networkStylesheet, PERSON_LABEL } from '../../src/adapters/cytoscape/style';
import { CHANGED_COLOUR } from '../../src/domain/changeEncoding';
import {
  associationColour,
  associationWidth,
  confidenceLine,
  groupPalette,
  OUTLINE,
  personShape,
  riskFill,
  SELECTED,
} from '../../src/domain/encoding';
import { legendSections, type LineSwatch, type NodeSwatch } from '../../src/domain/legend';
import { AREA_DASH, areaLook, placeKindStyle, placeLegend } from '../../src/domain/placeEncoding';
import {
  associationKinds,
  confidences,
  personKinds,
  placeKinds,
  riskLevels,
  type AssociationKind,
  type Confidence,
  type PersonKind,
  type PlaceKind,
  type RiskLevel,
} from '../../src/domain/vocabulary';
import { badgePrimitives } from '../../src/features/export/mapDrawing';
import { mapLegendSections } from '../../src/features/export/mapLegend';
import { dashArray, type Primitive } from '../../src/ui/drawing/primitives';
import { swatchPrimitives } from '../../src/ui/drawing/swatch';

/**
 * The visual encoding, pinned. A room reads "red fill = significant risk", "diamond = adult of
 * concern", "dotted line = suspected"; if one of these changes, every trained reader and every
 * printed legend is wrong. The tables below are written out by hand on purpose: a change to the
 * encoding fails here and has to be made here too, knowingly. Then the same values are checked
 * where they are drawn (the Cytoscape stylesheet, the map's marks) and where they are explained
 * (the legends), and the colours against the contrast the code promises.
 */

const RISK_FILL: Record<RiskLevel, string> = {
  'not-assessed': '#d5dbe1',
  none: '#a8d5b5',
  emerging: '#ffd966',
  moderate: '#f4a261',
  significant: '#e05252',
};

const PERSON_SHAPE: Record<PersonKind, string> = {
  'young-person': 'ellipse',
  'adult-of-concern': 'diamond',
  professional: 'round-rectangle',
  other: 'hexagon',
};

/** How the legend draws each shape: its SVG element, and its corners for polygons. */
const LEGEND_SHAPE: Record<PersonKind, { tag: Primitive['tag']; corners?: number }> = {
  'young-person': { tag: 'circle' },
  'adult-of-concern': { tag: 'polygon', corners: 4 },
  professional: { tag: 'rect' },
  other: { tag: 'polygon', corners: 6 },
};

const CONFIDENCE_LINE: Record<Confidence, { style: string; legendDash: string | null }> = {
  confirmed: { style: 'solid', legendDash: null },
  reported: { style: 'dashed', legendDash: '8 5' },
  suspected: { style: 'dotted', legendDash: '2 4' },
};

/** A directed association ends in an arrowhead at the person it points to; others have none. */
const ARROW = { directed: 'triangle', undirected: 'none' } as const;

const ASSOCIATION_COLOUR: Record<AssociationKind, string> = {
  friendship: '#3d6399',
  family: '#6b4e9b',
  intimate: '#a3336d',
  exploitation: '#b3261e',
  violence: '#7a1c1c',
  bullying: '#b34700',
  hsb: '#8c1a5e',
  criminal: '#5d4037',
  online: '#00695c',
  protective: '#1d7a36',
};

/** Protective associations are drawn twice as wide, with a round mark in the middle. */
const ASSOCIATION_WIDTH = { harmful: 3, protective: 6 };

const PLACE_KIND: Record<PlaceKind, { glyph: string; colour: string }> = {
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

const DARK_OUTLINE = '#1a1d21';
const SELECTED_COLOUR = '#c45500';
const CHANGED_AMBER = '#d97a00';
const AREA_DASH_PATTERN = '8 6';
const FAR_OUT = 0.45;

// ---------------------------------------------------------------------------------------------

const hexToRgb = (hex: string): [number, number, number] => {
  const full = /^#[0-9a-f]{3}$/i.test(hex)
    ? `#${[...hex.slice(1)].map((c) => c + c).join('')}`
    : hex;
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(full);
  if (!m) throw new Error(`not a #rgb or #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
};

/** Cytoscape reports colours as "rgb(r,g,b)". */
const cssRgb = (hex: string) => `rgb(${hexToRgb(hex).join(',')})`;

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map((v) => {
    const c = v / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The network canvas's background, as theme.css paints it. */
function canvasBackground(): string {
  // Read from the file: Vitest hands CSS imports over empty. Tests run from the project's root.
  const css = readFileSync(join(process.cwd(), 'src/ui/theme.css'), 'utf8');
  const rule = /\.network-canvas\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const colour = /background:\s*(#[0-9a-f]{6})\b/i.exec(rule)?.[1];
  if (!colour) throw new Error('theme.css paints .network-canvas with no #rrggbb background');
  return colour;
}

// One person of every kind at every risk level, and one association of every kind at every
// confidence, both directed and not, drawn by a headless Cytoscape with the app's stylesheet.
const personId = (kind: PersonKind, risk: RiskLevel) => `${kind}/${risk}`;
const edgeId = (kind: AssociationKind, c: Confidence, directed: boolean) =>
  `${kind}/${c}/${directed ? 'directed' : 'undirected'}`;

function drawAll(): Core {
  const people = personKinds.flatMap((k, i) =>
    riskLevels.map((r, j) => ({
      id: personId(k.key, r.key),
      label: `${k.label} ${r.label}`,
      kind: k.key,
      risk: r.key,
      harmRole: 'not-known' as const,
      groupRole: 'not-known' as const,
      pinned: false,
      x: i * 100,
      y: j * 100,
    })),
  );
  const associations = associationKinds.flatMap((k) =>
    confidences.flatMap((c) =>
      [true, false].map((directed) => ({
        id: edgeId(k.key, c.key, directed),
        source: people[0]!.id,
        target: people[1]!.id,
        kind: k.key,
        directed,
        confidence: c.key,
        reviewDue: false,
      })),
    ),
  );
  const places = placeKinds.flatMap((k, i) =>
    riskLevels.map((r, j) => ({
      id: `place:${k.key}/${r.key}`,
      label: k.label,
      kind: k.key,
      risk: r.key,
      pinned: false,
      x: 1000 + i * 100,
      y: j * 100,
    })),
  );
  const model: NetworkModel = { people, associations, groups: [], notes: [], places };
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(model),
    style: networkStylesheet(),
    layout: { name: 'preset' },
  });
}

const cy = drawAll();
const drawn = (id: string, property: string) => String(cy.getElementById(id).style(property));

const sections = legendSections();
const legendItem = (title: RegExp, key: string) => {
  const item = sections.find((s) => title.test(s.title))?.items.find((i) => i.key === key);
  if (!item) throw new Error(`no legend item ${key} under ${String(title)}`);
  return item;
};
const legendNode = (title: RegExp, key: string) => legendItem(title, key).swatch as NodeSwatch;
const legendLine = (title: RegExp, key: string) => legendItem(title, key).swatch as LineSwatch;

// ---------------------------------------------------------------------------------------------

describe('the encoding itself', () => {
  it('fills a person with their risk level', () => {
    expect(riskFill).toEqual(RISK_FILL);
  });

  it('shapes a person by their kind', () => {
    expect(personShape).toEqual(PERSON_SHAPE);
  });

  it('draws an association solid, dashed or dotted by how sure it is', () => {
    expect(confidenceLine).toEqual(
      Object.fromEntries(Object.entries(CONFIDENCE_LINE).map(([k, v]) => [k, v.style])),
    );
  });

  it('colours an association by its kind, protective ones wider', () => {
    expect(associationColour).toEqual(ASSOCIATION_COLOUR);
    expect(associationWidth).toEqual(ASSOCIATION_WIDTH);
  });

  it('marks a place by its kind (a letter and an outline colour) and its risk (the same fills)', () => {
    expect(placeKindStyle).toEqual(PLACE_KIND);
    expect(AREA_DASH).toBe(AREA_DASH_PATTERN);
  });

  it('keeps the outline, selection and "changed" colours', () => {
    expect({ OUTLINE, SELECTED, CHANGED_COLOUR, FAR_ZOOM }).toEqual({
      OUTLINE: DARK_OUTLINE,
      SELECTED: SELECTED_COLOUR,
      CHANGED_COLOUR: CHANGED_AMBER,
      FAR_ZOOM: FAR_OUT,
    });
  });

  it('gives every risk level, kind and confidence a look of its own', () => {
    expect(new Set(Object.values(RISK_FILL)).size).toBe(riskLevels.length);
    expect(new Set(Object.values(PERSON_SHAPE)).size).toBe(personKinds.length);
    expect(new Set(Object.values(CONFIDENCE_LINE).map((c) => c.style)).size).toBe(
      confidences.length,
    );
    expect(new Set(Object.values(PLACE_KIND).map((k) => k.glyph)).size).toBe(placeKinds.length);
  });
});

describe('the network diagram draws it (Cytoscape stylesheet)', () => {
  it('fills each person with their risk colour and gives them their kind’s shape', () => {
    for (const k of personKinds)
      for (const r of riskLevels) {
        const id = personId(k.key, r.key);
        expect(drawn(id, 'background-color'), id).toBe(cssRgb(RISK_FILL[r.key]));
        expect(drawn(id, 'shape'), id).toBe(PERSON_SHAPE[k.key]);
        expect(drawn(id, 'border-color'), id).toBe(cssRgb(DARK_OUTLINE));
      }
  });

  it('draws each association in its kind’s colour, its confidence’s line and an arrow only when directed', () => {
    for (const k of associationKinds)
      for (const c of confidences)
        for (const directed of [true, false]) {
          const id = edgeId(k.key, c.key, directed);
          expect(drawn(id, 'line-color'), id).toBe(cssRgb(ASSOCIATION_COLOUR[k.key]));
          expect(drawn(id, 'line-style'), id).toBe(CONFIDENCE_LINE[c.key].style);
          expect(drawn(id, 'target-arrow-shape'), id).toBe(
            directed ? ARROW.directed : ARROW.undirected,
          );
          expect(drawn(id, 'source-arrow-shape'), id).toBe('none');
          expect(parseFloat(drawn(id, 'width')), id).toBe(
            k.protective ? ASSOCIATION_WIDTH.protective : ASSOCIATION_WIDTH.harmful,
          );
          expect(drawn(id, 'mid-target-arrow-shape'), id).toBe(k.protective ? 'circle' : 'none');
        }
  });

  it('draws every line solid only when zoomed out below the point where dashes can be seen', () => {
    const id = edgeId('friendship', 'suspected', false);
    cy.getElementById(id).addClass('far');
    try {
      expect(drawn(id, 'line-style')).toBe('solid');
    } finally {
      cy.getElementById(id).removeClass('far');
    }
    expect(drawn(id, 'line-style')).toBe('dotted');
  });

  it('fills a place shown in the network with its risk colour, outlined in its kind’s colour', () => {
    for (const k of placeKinds)
      for (const r of riskLevels) {
        const id = `place:${k.key}/${r.key}`;
        expect(drawn(id, 'background-color'), id).toBe(cssRgb(RISK_FILL[r.key]));
        expect(drawn(id, 'border-color'), id).toBe(cssRgb(PLACE_KIND[k.key].colour));
        expect(cy.getElementById(id).data('label')).toBe(`${PLACE_KIND[k.key].glyph}  ${k.label}`);
      }
  });
});

describe('the map draws it', () => {
  it('fills an area with its risk colour, outlines it in its kind’s colour, dashed while not assessed', () => {
    for (const k of placeKinds)
      for (const r of riskLevels) {
        const look = areaLook({
          kind: k.key,
          risk: r.key,
          selected: false,
          linked: false,
          dimmed: false,
        });
        expect(look.fill).toBe(RISK_FILL[r.key]);
        expect(look.stroke).toBe(PLACE_KIND[k.key].colour);
        expect(look.dashed).toBe(r.key === 'not-assessed');
      }
  });

  it('draws a point as a badge with the risk fill, the kind’s ring and letter', () => {
    for (const k of placeKinds)
      for (const r of riskLevels) {
        const marks = badgePrimitives(
          { kind: k.key, risk: r.key, selected: false, linked: false, dimmed: false },
          0,
          0,
        );
        const filled = marks.find((p) => p.tag === 'circle' && p.attrs.fill !== 'none');
        expect(filled?.attrs.fill).toBe(RISK_FILL[r.key]);
        expect(filled?.attrs.stroke).toBe(PLACE_KIND[k.key].colour);
        const letter = marks.find((p) => p.tag === 'text');
        expect(letter?.text).toBe(PLACE_KIND[k.key].glyph);
        expect(letter?.attrs.fill).toBe('#000000');
      }
  });
});

describe('the legends show what is drawn', () => {
  it('network legend: each kind’s shape as the diagram draws it', () => {
    for (const k of personKinds) {
      const swatch = legendNode(/^People/, k.key);
      expect(swatch.shape).toBe(drawn(personId(k.key, 'none'), 'shape'));
      const outline = swatchPrimitives(legendItem(/^People/, k.key)).at(-1)!;
      expect(outline.tag, k.key).toBe(LEGEND_SHAPE[k.key].tag);
      if (LEGEND_SHAPE[k.key].corners)
        expect(String(outline.attrs.points).split(' '), k.key).toHaveLength(
          LEGEND_SHAPE[k.key].corners!,
        );
    }
  });

  it('network legend: each risk level’s fill as the diagram draws it', () => {
    for (const r of riskLevels) {
      const swatch = legendNode(/^Risk/, r.key);
      expect(cssRgb(swatch.fill)).toBe(drawn(personId('young-person', r.key), 'background-color'));
      const fills = swatchPrimitives(legendItem(/^Risk/, r.key)).map((p) => p.attrs.fill);
      expect(fills).toContain(RISK_FILL[r.key]);
    }
  });

  it('network legend: each confidence’s line and the arrow of a directed association', () => {
    for (const c of confidences) {
      const swatch = legendLine(/^How sure/, c.key);
      expect(swatch.line).toBe(drawn(edgeId('friendship', c.key, false), 'line-style'));
      expect(swatch.arrow).toBe(false);
      const line = swatchPrimitives(legendItem(/^How sure/, c.key)).find((p) => p.tag === 'line');
      expect(line?.attrs['stroke-dasharray'] ?? null, c.key).toBe(
        CONFIDENCE_LINE[c.key].legendDash,
      );
      expect(dashArray[swatch.line]).toBe(CONFIDENCE_LINE[c.key].legendDash);
    }
    const directed = legendLine(/^How sure/, 'directed');
    expect(directed.arrow).toBe(true);
    expect(drawn(edgeId('friendship', 'confirmed', true), 'target-arrow-shape')).toBe(
      ARROW.directed,
    );
    expect(
      swatchPrimitives(legendItem(/^How sure/, 'directed')).some((p) => p.tag === 'polygon'),
    ).toBe(true);
  });

  it('network legend: each association kind’s colour as the diagram draws it', () => {
    for (const k of associationKinds) {
      const swatch = legendLine(/^Associations/, k.key);
      expect(cssRgb(swatch.colour)).toBe(drawn(edgeId(k.key, 'confirmed', false), 'line-color'));
      expect(swatch.width).toBe(parseFloat(drawn(edgeId(k.key, 'confirmed', false), 'width')));
    }
  });

  it('map legend: each kind’s letter and colour, each risk’s fill, dashed while not assessed', () => {
    const { kinds, risks } = placeLegend();
    expect(kinds.map((k) => [k.key, k.glyph, k.colour])).toEqual(
      placeKinds.map((k) => [k.key, PLACE_KIND[k.key].glyph, PLACE_KIND[k.key].colour]),
    );
    expect(risks.map((r) => [r.key, r.fill])).toEqual(
      riskLevels.map((r) => [r.key, RISK_FILL[r.key]]),
    );

    const [kindRows, riskRows] = mapLegendSections();
    for (const k of placeKinds) {
      const row = kindRows!.items.find((i) => i.key === `kind-${k.key}`)!;
      expect(row.swatch.find((p) => p.tag === 'text')?.text).toBe(PLACE_KIND[k.key].glyph);
      expect(row.swatch.some((p) => p.attrs.stroke === PLACE_KIND[k.key].colour)).toBe(true);
    }
    for (const r of riskLevels) {
      const row = riskRows!.items.find((i) => i.key === `risk-${r.key}`)!;
      const [rect] = row.swatch;
      expect(rect?.attrs.fill).toBe(RISK_FILL[r.key]);
      expect('stroke-dasharray' in (rect?.attrs ?? {})).toBe(r.key === 'not-assessed');
    }
  });
});

describe('contrast the code promises (WCAG 2.2)', () => {
  const canvas = canvasBackground();

  it('every fill sits in a dark outline that keeps 3:1 against the canvas, whatever the fill', () => {
    expect(contrast(DARK_OUTLINE, canvas)).toBeGreaterThanOrEqual(3);
    // The outline stands out from every fill.
    for (const r of riskLevels)
      expect(contrast(DARK_OUTLINE, RISK_FILL[r.key]), r.key).toBeGreaterThanOrEqual(3);
  });

  it('a place badge’s letter is text: 4.5:1 on every risk fill, on the map and in exports', () => {
    for (const r of riskLevels) {
      const letter = badgePrimitives(
        { kind: 'park', risk: r.key, selected: false, linked: false, dimmed: false },
        0,
        0,
      ).find((p) => p.tag === 'text');
      expect(contrast(String(letter?.attrs.fill), RISK_FILL[r.key]), r.key).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('names on the diagram sit under the shape on a white outline, never on a risk fill (4.5:1)', () => {
    for (const r of riskLevels) {
      const person = personId('young-person', r.key);
      expect(drawn(person, 'text-valign')).toBe('bottom');
      expect(drawn(person, 'text-outline-color')).toBe(cssRgb('#ffffff'));
      expect(drawn(person, 'color')).toBe(cssRgb(PERSON_LABEL.colour));
    }
    expect(contrast(PERSON_LABEL.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('every association colour is at least 3:1 on white and on the canvas', () => {
    for (const k of associationKinds) {
      expect(contrast(ASSOCIATION_COLOUR[k.key], '#ffffff'), k.key).toBeGreaterThanOrEqual(3);
      expect(contrast(ASSOCIATION_COLOUR[k.key], canvas), k.key).toBeGreaterThanOrEqual(3);
    }
  });

  it('every group outline colour offered is at least 3:1 on white', () => {
    for (const colour of groupPalette)
      expect(contrast(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
  });

  it('selection and "changed" marks are at least 3:1 on the canvas', () => {
    expect(contrast(SELECTED_COLOUR, canvas)).toBeGreaterThanOrEqual(3);
    expect(contrast(CHANGED_AMBER, canvas)).toBeGreaterThanOrEqual(3);
  });
});
