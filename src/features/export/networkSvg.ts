import type { NetworkModel } from '../../adapters/cytoscape/elements';
import { pictureToSvg, type Picture } from '../../ui/drawing/picture';
import type { Primitive } from '../../ui/drawing/primitives';
import { diagramPrimitives } from './diagramSvg';
import { legendPanel } from './legendSvg';
import { firstLines, textWidth, wrapText } from './textLayout';

/** What an exported image of the network shows. Every string in it is drawn as plain text. */
export interface NetworkSvgInput {
  title: string;
  /** The board's protective marking, e.g. OFFICIAL-SENSITIVE; may be empty. */
  marking: string;
  /** The date of the export as people in the UK write it: "21 November 2026". */
  dateText: string;
  /** Which names the image shows, e.g. "Names: initials (presenter-safe)". */
  namesLine: string;
  /** Built under the name policy in force, so labels are already the names that may be shown. */
  model: NetworkModel;
  /** People and associations hidden by the filters: left out, as on screen. */
  hidden: ReadonlySet<string>;
}

const MARGIN = 24;
const GAP = 24;
export const MARKING_H = 40;
const TITLE = 26;
const INFO = 15;
/** Past this size a diagram is scaled down to fit, so the image stays printable and rasterisable. */
const MAX_W = 2000;
const MAX_H = 1500;
const FRAME_PAD = 16;
const MIN_W = 880;
const INK = '#1a1d21';
const SOFT = '#44505c';
const LINE = '#b8c1ca';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What the filters left out, said in words: the image must not pass for the whole board. */
function shownLine(model: NetworkModel, hidden: ReadonlySet<string>): string {
  const shown = new Set(model.people.filter((p) => !hidden.has(p.id)).map((p) => p.id));
  const lines = model.associations.filter(
    (a) => !hidden.has(a.id) && shown.has(a.source) && shown.has(a.target),
  ).length;
  const what = `Shows ${plural(shown.size, 'person', 'people')} and ${plural(lines, 'association', 'associations')}`;
  const people = model.people.length - shown.size;
  const links = model.associations.length - lines;
  if (people === 0 && links === 0) return `${what}.`;
  const left = [
    people && plural(people, 'person', 'people'),
    links && plural(links, 'association', 'associations'),
  ]
    .filter(Boolean)
    .join(' and ');
  return `${what}; filters hide ${left}.`;
}

/** The protective marking, centred in a band of MARKING_H at y (top and bottom of an export). */
export function markingBand(marking: string, width: number, y: number): Primitive[] {
  if (!marking.trim()) return [];
  const w = textWidth(marking, 16, true) + 24;
  return [
    {
      tag: 'rect',
      attrs: {
        x: (width - w) / 2,
        y: y + 7,
        width: w,
        height: 26,
        fill: '#ffffff',
        stroke: INK,
        'stroke-width': 1.5,
      },
    },
    {
      tag: 'text',
      attrs: {
        x: width / 2,
        y: y + 26,
        'text-anchor': 'middle',
        'font-size': 16,
        'font-weight': 700,
        fill: INK,
      },
      text: marking,
    },
  ];
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * The network as a standalone SVG document: the protective marking at the top and bottom, a header
 * with the board's title, the date and which names are shown, the diagram as on screen, and the
 * legend beside it. System fonts only and nothing fetched, so the file opens anywhere offline.
 */
export function networkSvg(input: NetworkSvgInput): string {
  return pictureToSvg(networkPicture(input));
}

/** The drawing `networkSvg` writes, as layers of primitives (a PNG paints the same layers). */
export function networkPicture(input: NetworkSvgInput): Picture {
  const { primitives: diagram, bounds } = diagramPrimitives(input.model, input.hidden);
  const contentW = bounds ? bounds.maxX - bounds.minX + FRAME_PAD * 2 : 400;
  const contentH = bounds ? bounds.maxY - bounds.minY + FRAME_PAD * 2 : 160;
  const scale = Math.min(1, MAX_W / contentW, MAX_H / contentH);
  const frameW = contentW * scale;
  const frameH = contentH * scale;

  const legendWidth = legendPanel(0, 0, frameH).width;
  const width = Math.ceil(Math.max(MIN_W, MARGIN * 2 + frameW + GAP + legendWidth));
  const marked = input.marking.trim() !== '';
  const top = marked ? MARKING_H : 0;

  const titleLines = firstLines(
    wrapText(input.title, Math.floor((width - MARGIN * 2) / (TITLE * 0.6))),
    2,
  );
  const header: Primitive[] = titleLines.map((line, i) => ({
    tag: 'text',
    attrs: {
      x: MARGIN,
      y: top + 16 + TITLE + i * (TITLE + 8),
      'font-size': TITLE,
      'font-weight': 700,
      fill: INK,
    },
    text: line,
  }));
  let y = top + 16 + TITLE + (titleLines.length - 1) * (TITLE + 8) + 12;
  for (const info of [
    `${input.dateText} · ${input.namesLine}`,
    shownLine(input.model, input.hidden),
  ]) {
    y += INFO + 6;
    header.push({
      tag: 'text',
      attrs: { x: MARGIN, y, 'font-size': INFO, fill: SOFT },
      text: info,
    });
  }
  y += 16;
  header.push({
    tag: 'line',
    attrs: { x1: MARGIN, y1: y, x2: width - MARGIN, y2: y, stroke: LINE, 'stroke-width': 1 },
  });
  const bodyTop = y + 16;

  const legend = legendPanel(MARGIN + frameW + GAP, bodyTop, frameH);
  const bodyH = Math.max(frameH, legend.height);
  const height = Math.ceil(bodyTop + bodyH + MARGIN + (marked ? MARKING_H : 0));

  const frame: Primitive[] = [
    {
      tag: 'rect',
      attrs: {
        x: MARGIN,
        y: bodyTop,
        width: round(frameW),
        height: round(frameH),
        fill: '#ffffff',
        stroke: LINE,
        'stroke-width': 1,
      },
    },
  ];
  if (!bounds)
    frame.push({
      tag: 'text',
      attrs: {
        x: MARGIN + frameW / 2,
        y: bodyTop + frameH / 2,
        'text-anchor': 'middle',
        'font-size': 16,
        fill: SOFT,
      },
      text:
        input.model.people.length === 0
          ? 'No one is on this board yet.'
          : 'The filters hide everyone.',
    });
  const dx = round(MARGIN + (FRAME_PAD - (bounds?.minX ?? 0)) * scale);
  const dy = round(bodyTop + (FRAME_PAD - (bounds?.minY ?? 0)) * scale);

  return {
    width,
    height,
    fontFamily: 'system-ui, sans-serif',
    layers: [
      { primitives: [{ tag: 'rect', attrs: { x: 0, y: 0, width, height, fill: '#ffffff' } }] },
      { primitives: markingBand(input.marking, width, 0) },
      { primitives: header },
      { primitives: frame },
      { place: { dx, dy, scale: round(scale * 10000) / 10000 }, primitives: diagram },
      { primitives: legend.primitives },
      { primitives: markingBand(input.marking, width, height - MARKING_H) },
    ],
  };
}
