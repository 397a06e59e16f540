import type { SnapshotPlace } from '../../adapters/leaflet/snapshot';
import { placeOutline } from '../../domain/placeEncoding';
import { toSvgText, type Primitive } from '../../ui/drawing/primitives';
import { areaPrimitives, badgePrimitives, BADGE_R } from './mapDrawing';
import type { MapExportInput } from './mapInput';
import { MAP_SWATCH, mapLegendSections, type MapLegendSection } from './mapLegend';
import { markingBand, MARKING_H } from './networkSvg';
import { clip, firstLines, textWidth, wrapText } from './textLayout';

const MARGIN = 24;
const GAP = 24;
const TITLE = 26;
const INFO = 15;
const FOOT = 14;
const MIN_W = 880;
const INK = '#1a1d21';
const SOFT = '#44505c';
const LINE = '#b8c1ca';
const LABEL = 15;
const LABEL_MAX = 40;

export interface MapSvg {
  svg: string;
  width: number;
  height: number;
  /** Where the map itself sits in the image: the basemap is drawn there, under the SVG. */
  frame: { x: number; y: number; width: number; height: number };
}

const text = (
  x: number,
  y: number,
  words: string,
  size: number,
  more: Record<string, string | number> = {},
): Primitive => ({
  tag: 'text',
  attrs: { x, y, 'font-size': size, fill: INK, ...more },
  text: words,
});

/** A place's name on a white tab with a dark edge, as map.css draws Leaflet's tooltips. */
function labelTab(words: string, x: number, y: number, anchor: 'start' | 'middle'): Primitive[] {
  const shown = clip(words, LABEL_MAX);
  const w = textWidth(shown, LABEL, true) + 12;
  const left = anchor === 'middle' ? x - w / 2 : x;
  return [
    {
      tag: 'rect',
      attrs: {
        x: left,
        y: y - 11,
        width: w,
        height: 22,
        rx: 3,
        fill: '#ffffff',
        'fill-opacity': 0.92,
        stroke: placeOutline,
        'stroke-width': 1,
      },
    },
    text(left + 6, y + 5, shown, LABEL, { 'font-weight': 600 }),
  ];
}

/** Areas under points, points under labels, as the map stacks its panes. */
function placesPrimitives(places: readonly SnapshotPlace[]): Primitive[] {
  const areas: Primitive[] = [];
  const points: Primitive[] = [];
  const labels: Primitive[] = [];
  for (const { feature, shape } of places) {
    if (shape.type === 'area') {
      areas.push(...areaPrimitives(feature, shape.rings));
      labels.push(...labelTab(feature.label, shape.labelAt.x, shape.labelAt.y, 'middle'));
    } else {
      points.push(...badgePrimitives(feature, shape.at.x, shape.at.y));
      labels.push(...labelTab(feature.label, shape.at.x + BADGE_R + 6, shape.at.y, 'start'));
    }
  }
  return [...areas, ...points, ...labels];
}

/** A round distance for a scale bar of at most `maxPx` pixels: 1, 2 or 5 times a power of ten. */
export function scaleBar(metresPerPixel: number, maxPx = 120): { metres: number; px: number } {
  const most = metresPerPixel * maxPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((k) => k * power).find((m) => m <= most) ?? power;
  return { metres, px: metres / metresPerPixel };
}

function scalePrimitives(metresPerPixel: number | null, x: number, y: number): Primitive[] {
  if (!metresPerPixel || !Number.isFinite(metresPerPixel) || metresPerPixel <= 0) return [];
  const { metres, px } = scaleBar(metresPerPixel);
  const words = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  const stroke = { stroke: INK, 'stroke-width': 2 };
  return [
    {
      tag: 'rect',
      attrs: {
        x: x - 6,
        y: y - 24,
        width: px + 12,
        height: 32,
        fill: '#ffffff',
        'fill-opacity': 0.85,
      },
    },
    { tag: 'line', attrs: { x1: x, y1: y, x2: x + px, y2: y, ...stroke } },
    { tag: 'line', attrs: { x1: x, y1: y - 6, x2: x, y2: y, ...stroke } },
    { tag: 'line', attrs: { x1: x + px, y1: y - 6, x2: x + px, y2: y, ...stroke } },
    text(x + 2, y - 9, words, 13, { 'font-weight': 600 }),
  ];
}

const PAD = 16;
const COLUMN_W = 270;
const HEADING = 20;
const SECTION_TITLE = 15;
const TITLE_H = 28;
const ROW_H = MAP_SWATCH.h + 2;

const sectionHeight = (s: MapLegendSection) => TITLE_H + s.items.length * ROW_H + 8;
const columnHeight = (list: readonly MapLegendSection[]) =>
  list.reduce((h, s) => h + sectionHeight(s), 0);

/** One column when the map is tall enough, else two of about equal height. */
function columnsOf(sections: readonly MapLegendSection[], fitHeight: number) {
  const one = [[...sections]];
  if (PAD * 2 + HEADING + 12 + columnHeight(sections) <= fitHeight || sections.length < 2)
    return one;
  let best = 1;
  let bestHeight = Infinity;
  for (let k = 1; k < sections.length; k++) {
    const h = Math.max(columnHeight(sections.slice(0, k)), columnHeight(sections.slice(k)));
    if (h < bestHeight) [best, bestHeight] = [k, h];
  }
  return [sections.slice(0, best), sections.slice(best)];
}

/** The map legend as a panel at (x, y): the same sections and swatches as on screen. */
function legendPanel(sections: readonly MapLegendSection[], x: number, y: number, fit: number) {
  const columns = columnsOf(sections, fit);
  const width = PAD * 2 + columns.length * COLUMN_W + (columns.length - 1) * PAD;
  const height = PAD * 2 + HEADING + 12 + Math.max(...columns.map(columnHeight));
  const out: Primitive[] = [
    {
      tag: 'rect',
      attrs: { x, y, width, height, rx: 6, fill: '#ffffff', stroke: LINE, 'stroke-width': 1 },
    },
    text(x + PAD, y + PAD + HEADING * 0.8, 'Legend', HEADING, { 'font-weight': 700 }),
  ];
  columns.forEach((column, c) => {
    const left = x + PAD + c * (COLUMN_W + PAD);
    let at = y + PAD + HEADING + 12;
    for (const section of column) {
      out.push(
        text(left, at + SECTION_TITLE, section.title, SECTION_TITLE, { 'font-weight': 700 }),
      );
      at += TITLE_H;
      for (const item of section.items) {
        const dx = left;
        const dy = at + (ROW_H - MAP_SWATCH.h) / 2;
        out.push(...item.swatch.map((p) => shift(p, dx, dy)));
        out.push(text(left + MAP_SWATCH.w + 10, at + ROW_H / 2 + 5, item.label, 14));
        at += ROW_H;
      }
      at += 8;
    }
  });
  return { primitives: out, width, height };
}

/** A swatch drawn at (0, 0) moved to (dx, dy). Swatches are circles, rects and text only. */
function shift(p: Primitive, dx: number, dy: number): Primitive {
  const a = { ...p.attrs };
  const move = (keys: readonly string[], by: number) => {
    for (const k of keys) {
      const v = a[k];
      if (typeof v === 'number') a[k] = v + by;
    }
  };
  move(['x', 'cx', 'x1', 'x2'], dx);
  move(['y', 'cy', 'y1', 'y2'], dy);
  return { ...p, attrs: a };
}

/**
 * The map view as an SVG document: the marking at the top and bottom, the title, date and names in
 * force, the places as drawn on screen (clipped to the view) and the legend beside them, and a
 * footer naming the basemap. The map's frame is left transparent: the export paints the basemap's
 * own pixels there first, then this on top.
 */
export function mapExportSvg(input: MapExportInput): MapSvg {
  const { picture } = input;
  const frameW = Math.max(1, Math.round(picture.width));
  const frameH = Math.max(1, Math.round(picture.height));
  const sections = [...mapLegendSections(), ...input.extraLegend];
  const legendW = legendPanel(sections, 0, 0, frameH).width;
  const width = Math.ceil(Math.max(MIN_W, MARGIN * 2 + frameW + GAP + legendW));
  const marked = input.marking.trim() !== '';
  const top = marked ? MARKING_H : 0;

  const titleLines = firstLines(
    wrapText(input.title, Math.floor((width - MARGIN * 2) / (TITLE * 0.6))),
    2,
  );
  const header: Primitive[] = titleLines.map((line, i) =>
    text(MARGIN, top + 16 + TITLE + i * (TITLE + 8), line, TITLE, { 'font-weight': 700 }),
  );
  let y = top + 16 + TITLE + (titleLines.length - 1) * (TITLE + 8) + 12;
  for (const info of [`${input.dateText} · ${input.namesLine}`, input.shownLine]) {
    y += INFO + 6;
    header.push(text(MARGIN, y, info, INFO, { fill: SOFT }));
  }
  y += 16;
  header.push({
    tag: 'line',
    attrs: { x1: MARGIN, y1: y, x2: width - MARGIN, y2: y, stroke: LINE, 'stroke-width': 1 },
  });
  const bodyTop = y + 16;
  const frame = { x: MARGIN, y: bodyTop, width: frameW, height: frameH };
  const legend = legendPanel(sections, MARGIN + frameW + GAP, bodyTop, frameH);
  const bodyH = Math.max(frameH, legend.height);
  const footLines = wrapText(input.basemapLine, Math.floor((width - MARGIN * 2) / (FOOT * 0.55)));
  const footTop = bodyTop + bodyH + 12;
  const footer = footLines.map((line, i) =>
    text(MARGIN, footTop + FOOT + i * (FOOT + 6), line, FOOT, { fill: SOFT }),
  );
  const height = Math.ceil(
    footTop + footLines.length * (FOOT + 6) + MARGIN + (marked ? MARKING_H : 0),
  );

  const inside = [
    ...placesPrimitives(picture.places),
    ...picture.dots.map((d): Primitive => ({
      tag: 'circle',
      attrs: {
        cx: d.at.x,
        cy: d.at.y,
        r: d.radius,
        fill: d.colour,
        stroke: '#ffffff',
        'stroke-width': 2,
      },
    })),
    ...scalePrimitives(picture.metresPerPixel, 14, frameH - 14),
  ];
  // The page is white except the map's frame, where the basemap shows through.
  const page = `M0 0H${width}V${height}H0Z M${frame.x} ${frame.y}h${frameW}v${frameH}h-${frameW}Z`;

  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">`,
    `<defs><clipPath id="map-frame"><rect x="0" y="0" width="${frameW}" height="${frameH}"/></clipPath></defs>`,
    toSvgText([{ tag: 'path', attrs: { d: page, fill: '#ffffff', 'fill-rule': 'evenodd' } }]),
    toSvgText(markingBand(input.marking, width, 0)),
    toSvgText(header),
    `<g transform="translate(${frame.x} ${frame.y})" clip-path="url(#map-frame)">`,
    toSvgText(inside),
    '</g>',
    toSvgText([
      {
        tag: 'rect',
        attrs: { ...frame, fill: 'none', stroke: LINE, 'stroke-width': 1 },
      },
    ]),
    toSvgText(legend.primitives),
    toSvgText(footer),
    toSvgText(markingBand(input.marking, width, height - MARKING_H)),
    '</svg>\n',
  ].join('');
  return { svg, width, height, frame };
}
