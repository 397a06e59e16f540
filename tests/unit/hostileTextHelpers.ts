import type { ExportSource } from '../../src/domain/formats/exportBoard';
import { smallSource } from './exportHelpers';

/**
 * Text no export may choke on or pass on: control characters, bidi overrides, spreadsheet
 * formulas, markup, the end of a CDATA section, lone surrogates, quotes and separators. Each is a
 * valid stored name (a record may hold it from before text was cleaned at input).
 */
export const HOSTILE_NAMES = [
  'Jordan\u0000\u0001\u0007\u001B\u007F\u0085\u009F Ade',
  'Ali \u202Egnp.exe\u202C',
  'Ka\u2066y\u2069den\u200B',
  "=cmd|'/c calc'!A1",
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '<script>alert(1)</script>',
  ']]><!-- x',
  'a\uD800b\uDFFFc',
  '&amp; "q" \'s\' \\ ,; |',
];

/** Notes may be longer and run over lines. */
export const HOSTILE_NOTES = [
  ...HOSTILE_NAMES,
  '\t=1+1',
  '\r\n-cr first',
  '<![CDATA[ x ]]> &#0; &lt;',
  `${'A long note. '.repeat(769)}end`.slice(0, 10_000),
  'line one\r\nline two\u2028three\u0000',
];

/** What none of the files may hold: the characters cleaned away (domain/cleanText.ts). */
export const UNWANTED_OUT =
  // eslint-disable-next-line no-control-regex -- the characters that must not be there
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\u2060\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const at = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

/** The small export board with every text in it hostile: one extra person per hostile name. */
export function hostileSource(): ExportSource {
  const source = smallSource();
  const [first] = source.tables.people;
  source.board = { ...source.board, title: at(HOSTILE_NAMES, 1), notes: at(HOSTILE_NOTES, 13) };
  source.tables.people = [
    ...source.tables.people.map((p, i) => ({ ...p, notes: at(HOSTILE_NOTES, i + 11) })),
    ...HOSTILE_NAMES.map((displayName, i) => ({
      ...first!,
      id: `q${i}`,
      displayName,
      fullName: at(HOSTILE_NAMES, i + 3),
      pseudonym: at(HOSTILE_NAMES, i + 5),
      notes: at(HOSTILE_NOTES, i),
    })),
  ];
  source.tables.associations = source.tables.associations.map((a, i) => ({
    ...a,
    notes: at(HOSTILE_NOTES, i + 7),
  }));
  source.tables.groups = source.tables.groups.map((g) => ({ ...g, name: at(HOSTILE_NAMES, 7) }));
  source.tables.places = source.tables.places.map((p, i) => ({
    ...p,
    name: at(HOSTILE_NAMES, i + 2),
    notes: at(HOSTILE_NOTES, i + 8),
  }));
  source.tables.incidents = source.tables.incidents.map((x, i) => ({
    ...x,
    notes: at(HOSTILE_NOTES, i + 4),
  }));
  source.tables.actions = source.tables.actions.map((a) => ({
    ...a,
    description: at(HOSTILE_NAMES, 3),
  }));
  return source;
}
