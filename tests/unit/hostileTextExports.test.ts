import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { BoardContent } from '../../src/db/queries';
import { csvKinds } from '../../src/domain/formats/csvColumns';
import { writeDataExport, type DataFormat } from '../../src/domain/formats/dataExport';
import type { RedactionChoice } from '../../src/domain/formats/exportBoard';
import { cleanText } from '../../src/domain/cleanText';
import { packImages } from '../../src/features/pack/packImages';
import { FIXTURE_NOW } from './exportHelpers';
import { HOSTILE_NAMES, hostileSource, UNWANTED_OUT } from './hostileTextHelpers';

/**
 * Every export survives any text: a board whose names and notes hold control characters, bidi
 * overrides, formulas, markup, `]]>`, lone surrogates and 10,000-character notes is written in
 * each format and read back by a real parser. Nothing cleaned away reaches a file, XML stays well
 * formed, every CSV row keeps its columns, and formulas are text.
 */

const write = (format: DataFormat, redaction: RedactionChoice = 'none') =>
  writeDataExport(
    hostileSource(),
    { format, redaction, edges: 'mixed', csvKinds: [...csvKinds] },
    FIXTURE_NOW,
  ).files;

const CLEAN_NAMES = HOSTILE_NAMES.map((n) => cleanText(n));

function parseXml(text: string, type: DOMParserSupportedType = 'application/xml'): Document {
  const doc = new DOMParser().parseFromString(text, type);
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('every export of a board full of hostile text', () => {
  it('cleans the names it is given as typing would', () => {
    expect(CLEAN_NAMES.slice(0, 3)).toEqual(['Jordan Ade', 'Ali gnp.exe', 'Kayden']);
    expect(CLEAN_NAMES[9]).toBe('a\uFFFDb\uFFFDc');
  });

  for (const format of ['graphml', 'gexf'] as const)
    it(`${format}: well-formed XML holding every name, cleaned, and nothing cleaned away`, () => {
      for (const redaction of ['none', 'presenter-safe'] as const) {
        const [file] = write(format, redaction);
        expect(file!.text).not.toMatch(UNWANTED_OUT);
        const doc = parseXml(file!.text);
        const nodes = doc.getElementsByTagName('node');
        expect(nodes).toHaveLength(2 + HOSTILE_NAMES.length);
        // GraphML holds names as element text, GEXF as attribute values: both as a parser reads them.
        const read = [
          doc.documentElement.textContent,
          ...Array.from(doc.getElementsByTagName('*')).flatMap((el) =>
            Array.from(el.attributes).map((a) => a.value),
          ),
        ].join('\n');
        if (redaction === 'none') for (const name of CLEAN_NAMES) expect(read).toContain(name);
        // Markup in a name is text, never an element.
        expect(doc.getElementsByTagName('script')).toHaveLength(0);
      }
    });

  it('geojson: JSON that parses, with the places’ names cleaned', () => {
    const [file] = write('geojson');
    expect(file!.text).not.toMatch(UNWANTED_OUT);
    const json = JSON.parse(file!.text) as { features: { properties: { name?: string } }[] };
    expect(json.features.map((f) => f.properties.name)).toContain(CLEAN_NAMES[2]);
  });

  it('csv: every file parses back with its columns in every row; formulas are text', () => {
    for (const redaction of ['none', 'policy'] as const) {
      const files = write('csv', redaction);
      expect(files).toHaveLength(csvKinds.length);
      for (const file of files) {
        expect(file.text).not.toMatch(UNWANTED_OUT);
        const parsed = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), {
          skipEmptyLines: true,
        });
        expect(parsed.errors).toEqual([]);
        const [header, ...rows] = parsed.data;
        for (const row of rows) expect(row).toHaveLength(header!.length);
        // No cell starts a formula: each such cell begins with a quote mark.
        for (const cell of rows.flat()) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
      }
    }
    const people = write('csv').find((f) => f.name.includes('people'))!;
    const names = Papa.parse<string[]>(people.text.replace(/^\uFEFF/, '')).data.map((r) => r[1]);
    expect(names).toEqual(
      expect.arrayContaining([
        'Jordan Ade',
        "'=cmd|'/c calc'!A1",
        "'+SUM(1,2)",
        "'-2+3",
        "'@SUM(A1)",
        '<script>alert(1)</script>',
        ']]><!-- x',
        '&amp; "q" \'s\' \\ ,; |',
      ]),
    );
  });

  it('the meeting pack’s pictures are well-formed SVG with the names as text only', () => {
    const source = hostileSource();
    const t = source.tables;
    const content: BoardContent = {
      board: source.board,
      people: [...t.people],
      associations: [...t.associations],
      groups: [...t.groups],
      memberships: [...t.memberships],
      positions: [...t.positions],
      places: [...t.places],
      placeLinks: [...t.placeLinks],
      incidents: [...t.incidents],
      actions: [...t.actions],
      annotations: [],
      meetings: [],
      quarantined: [],
      missingEnds: { associations: 0, memberships: 0, placeLinks: 0 },
    };
    for (const presenterSafe of [false, true]) {
      const images = packImages(content, presenterSafe, FIXTURE_NOW);
      const svgs = [images.network, images.map].flatMap((p) => (p && 'svg' in p ? [p.svg] : []));
      expect(svgs).toHaveLength(2);
      for (const svg of svgs) {
        const doc = parseXml(svg, 'image/svg+xml');
        expect(doc.getElementsByTagName('script')).toHaveLength(0);
        expect(doc.getElementsByTagName('foreignObject')).toHaveLength(0);
        expect(svg).not.toMatch(UNWANTED_OUT);
      }
    }
  });
});
