import { kinds, type AnyRecord, type TableName } from '../kinds';
import type { Action } from '../kinds/action';
import type { Association } from '../kinds/association';
import type { Board } from '../kinds/board';
import type { Group } from '../kinds/group';
import type { Incident } from '../kinds/incident';
import type { Membership } from '../kinds/membership';
import type { Person } from '../kinds/person';
import type { Place } from '../kinds/place';
import type { PlaceLink } from '../kinds/placeLink';
import type { DiagramPosition } from '../kinds/position';
import { effectivePolicy, hidesNames, nameMasker } from '../naming';
import { cleanRecordText } from '../cleanText';
import { describeRedaction, redactRecords, type Redaction } from './redaction';

/** The records of one board that the data exports read. */
export interface ExportTables {
  people: readonly Person[];
  groups: readonly Group[];
  memberships: readonly Membership[];
  associations: readonly Association[];
  places: readonly Place[];
  placeLinks: readonly PlaceLink[];
  incidents: readonly Incident[];
  actions: readonly Action[];
  positions: readonly DiagramPosition[];
}

export type ExportTable = keyof ExportTables;
const exportTables = [
  'people',
  'groups',
  'memberships',
  'associations',
  'places',
  'placeLinks',
  'incidents',
  'actions',
  'positions',
] as const satisfies readonly ExportTable[];

export interface ExportSource {
  board: Board;
  tables: ExportTables;
}

/**
 * What the user picks in the export dialog: everything, or redacted with names as the board's
 * own name policy shows them, or as presenter-safe mode shows them.
 */
export type RedactionChoice = 'none' | 'policy' | 'presenter-safe';

export function redactionFor(choice: RedactionChoice, board: Board): Redaction | null {
  if (choice === 'none') return null;
  return { names: effectivePolicy(board.namePolicy, choice === 'presenter-safe') };
}

/**
 * Presenter-safe on: redacted as presenter-safe. Otherwise as the board's name policy promises
 * ("Names shown: on the diagram, lists and exports"), which under full names is no redaction.
 */
export function defaultRedaction(board: Board, presenterSafe: boolean): RedactionChoice {
  if (presenterSafe) return 'presenter-safe';
  return hidesNames(board.namePolicy) ? 'policy' : 'none';
}

/** A board ready to write: redacted if asked, with the sentence each file carries about it. */
export interface PreparedExport extends ExportSource {
  redaction: Redaction | null;
  /** "Redacted: ..." or "Not redacted: ...", written into every file. */
  statement: string;
  /** When the export was made, as an ISO date-time. */
  exportedAt: string;
}

export const NOT_REDACTED =
  'Not redacted: every name and free-text note recorded on the board is included.';

const NAME_FIELDS: ReadonlySet<string> = new Set([
  'displayName',
  'fullName',
  'initials',
  'pseudonym',
]);

/**
 * Ids, vocabulary keys and dates are lowercase words and digits; they are never masked, so a
 * person named like a key ("Moderate") cannot change the data.
 */
const KEY_LIKE = /^[a-z0-9:_-]*$/;

function maskDeep(value: unknown, mask: (text: string) => string): unknown {
  if (typeof value === 'string') return KEY_LIKE.test(value) ? value : mask(value);
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, mask));
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, mask)]));
  return value;
}

/**
 * Names can sit in text beside the name fields: a group "Kyle's friends", an action "Refer Kyle",
 * a place's guardian. As on screen and in the images, each name form of the board's people there
 * becomes the name the policy shows. Only the fields a kind declares `personal` are touched.
 */
function maskPersonal<R extends AnyRecord>(
  table: TableName,
  record: R,
  mask: (text: string) => string,
): R {
  const out: Record<string, unknown> = { ...record };
  for (const key of kinds[table].personal) {
    if (table === 'people' && NAME_FIELDS.has(key)) continue;
    out[key] = maskDeep(out[key], mask);
  }
  return out as R;
}

/**
 * Records stored before text was cleaned at input may hold control characters or bidi overrides:
 * no file goes out with them (domain/cleanText.ts).
 */
function cleanSource(source: ExportSource): ExportSource {
  const tables = Object.fromEntries(
    Object.entries(source.tables).map(([t, records]) => [
      t,
      (records as readonly AnyRecord[]).map(cleanRecordText),
    ]),
  ) as unknown as ExportTables;
  return { board: cleanRecordText(source.board), tables };
}

/**
 * The board as an export holds it. Redacted: people named as the policy shows them, free text
 * left out (redaction.ts), and name forms in other personal text replaced as on screen.
 */
export function prepareExport(
  given: ExportSource,
  redaction: Redaction | null,
  now: Date,
): PreparedExport {
  const source = cleanSource(given);
  const exportedAt = now.toISOString();
  if (!redaction) return { ...source, redaction: null, statement: NOT_REDACTED, exportedAt };
  const entries: { table: TableName; record: AnyRecord }[] = [
    { table: 'boards', record: source.board },
    ...exportTables.flatMap((table) =>
      source.tables[table].map((record) => ({ table: table, record })),
    ),
  ];
  const mask = nameMasker(source.tables.people, redaction.names);
  const byTable = new Map<TableName, AnyRecord[]>();
  for (const { table, record } of redactRecords(entries, redaction)) {
    const list = byTable.get(table) ?? [];
    list.push(maskPersonal(table, record, mask));
    byTable.set(table, list);
  }
  const list = <T>(table: ExportTable) => (byTable.get(table) ?? []) as unknown as T;
  const board = (byTable.get('boards')?.[0] as Board | undefined) ?? source.board;
  return {
    board,
    tables: {
      people: list('people'),
      groups: list('groups'),
      memberships: list('memberships'),
      associations: list('associations'),
      places: list('places'),
      placeLinks: list('placeLinks'),
      incidents: list('incidents'),
      actions: list('actions'),
      positions: list('positions'),
    },
    redaction,
    statement: describeRedaction(redaction),
    exportedAt,
  };
}
