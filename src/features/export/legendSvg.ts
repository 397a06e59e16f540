import { LEGEND_NOTE, legendSections, type LegendSection } from '../../domain/legend';
import type { Primitive } from '../../ui/drawing/primitives';
import { swatchPrimitives, SWATCH } from '../../ui/drawing/swatch';
import { wrapText } from './textLayout';

const PAD = 16;
const COLUMN_W = 240;
const COLUMN_GAP = 16;
const HEADING = 20;
const TITLE = 15;
const TITLE_H = 30;
const ROW_H = 30;
const LABEL = 14;
const NOTE = 13;
const NOTE_LINE = 18;

const sectionHeight = (s: LegendSection) => TITLE_H + s.items.length * ROW_H + 8;
const columnHeight = (list: readonly LegendSection[]) =>
  list.reduce((h, s) => h + sectionHeight(s), 0);

/** Splits the sections, in order, into one or two columns of about equal height. */
function columnsOf(sections: readonly LegendSection[], count: 1 | 2): LegendSection[][] {
  if (count === 1) return [[...sections]];
  let best = 1;
  let bestHeight = Infinity;
  for (let k = 1; k < sections.length; k++) {
    const h = Math.max(columnHeight(sections.slice(0, k)), columnHeight(sections.slice(k)));
    if (h < bestHeight) [best, bestHeight] = [k, h];
  }
  return [sections.slice(0, best), sections.slice(best)];
}

export interface LegendPanel {
  primitives: Primitive[];
  width: number;
  height: number;
}

/**
 * The legend as a panel at (x, y): the same sections, swatches and note as the on-screen legend
 * (domain/legend.ts, drawing/swatch.ts). One column when the diagram is tall enough to sit beside
 * it, otherwise two, so the legend does not make a short diagram's image twice as tall.
 */
export function legendPanel(x: number, y: number, fitHeight: number): LegendPanel {
  const sections = legendSections();
  const oneColumn = columnsOf(sections, 1);
  const noteLines = (columns: number) =>
    wrapText(
      LEGEND_NOTE,
      Math.floor((columns * COLUMN_W + (columns - 1) * COLUMN_GAP) / (NOTE * 0.55)),
    );
  const heightOf = (cols: LegendSection[][]) =>
    PAD +
    HEADING +
    12 +
    Math.max(...cols.map(columnHeight)) +
    noteLines(cols.length).length * NOTE_LINE +
    PAD;
  const columns = heightOf(oneColumn) <= fitHeight ? oneColumn : columnsOf(sections, 2);
  const width = PAD * 2 + columns.length * COLUMN_W + (columns.length - 1) * COLUMN_GAP;
  const height = heightOf(columns);

  const out: Primitive[] = [
    {
      tag: 'rect',
      attrs: { x, y, width, height, rx: 6, fill: '#ffffff', stroke: '#b8c1ca', 'stroke-width': 1 },
    },
    {
      tag: 'text',
      attrs: {
        x: x + PAD,
        y: y + PAD + HEADING * 0.8,
        'font-size': HEADING,
        'font-weight': 700,
        fill: '#1a1d21',
      },
      text: 'Legend',
    },
  ];
  const top = y + PAD + HEADING + 12;
  columns.forEach((column, c) => {
    const left = x + PAD + c * (COLUMN_W + COLUMN_GAP);
    let at = top;
    for (const section of column) {
      out.push({
        tag: 'text',
        attrs: { x: left, y: at + TITLE, 'font-size': TITLE, 'font-weight': 700, fill: '#1a1d21' },
        text: section.title,
      });
      at += TITLE_H;
      for (const item of section.items) {
        // Swatches differ in height; each is centred on its row.
        const dy = (ROW_H - SWATCH[item.swatch.type].h) / 2;
        out.push(...swatchPrimitives(item, left, at + dy));
        out.push({
          tag: 'text',
          attrs: {
            x: left + SWATCH.line.w + 10,
            y: at + ROW_H / 2 + LABEL * 0.35,
            'font-size': LABEL,
            fill: '#1a1d21',
          },
          text: item.label,
        });
        at += ROW_H;
      }
      at += 8;
    }
  });
  const noteTop = top + Math.max(...columns.map(columnHeight));
  noteLines(columns.length).forEach((line, i) =>
    out.push({
      tag: 'text',
      attrs: {
        x: x + PAD,
        y: noteTop + NOTE * 0.9 + i * NOTE_LINE,
        'font-size': NOTE,
        'font-style': 'italic',
        fill: '#44505c',
      },
      text: line,
    }),
  );
  return { primitives: out, width, height };
}
