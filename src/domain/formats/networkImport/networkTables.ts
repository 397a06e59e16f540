import type { Parsed } from '../../kinds/fields';
import { guessMapping, type ColumnMapping } from '../csvImport/headers';
import type { ImportColumn, ImportTable } from '../csvImport/table';
import { importTargets, type ImportTarget } from '../csvImport/targets';
import type { NetworkFile } from './readNetwork';

/**
 * A network file as the CSV import's neutral tables, so the same mapping, value, preview and
 * duplicate steps serve it: one row per node (a person) and one per edge (an association), an
 * attribute per column. A row's "line" is the node's or edge's number in the file.
 */
export interface NetworkTables {
  people: ImportTable;
  associations: ImportTable;
  /** Attributes brought in as Peers & Places wrote them, without a mapping (lists, contexts). */
  asExported: string[];
}

/** The node's own id, offered like any attribute (to keep as a reference, say). */
export const NODE_ID = 'Node id';

/**
 * Attributes a Peers & Places export writes that no single column target can read: indicator and
 * strength lists (JSON) and each context's concern, weight and notes (dotted paths). They are
 * laid over the person as they are, and checked with the rest of the record.
 */
export const isAsExported = (name: string): boolean =>
  name === 'indicators' ||
  name === 'strengths' ||
  /^contexts\.[a-z]+\.(concern|weight|notes)$/.test(name);

/** Attributes of the file format itself, not of the person or association. */
const formatOnly = new Set(['groupIds', 'createdAt', 'updatedAt', 'size', 'color', 'z']);

/** A JSON list of strings (how our export writes lists), or null. */
export function jsonList(text: string): string[] | null {
  if (!text.startsWith('[')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** An attribute's value as cell text: a JSON list as the comma list a person would type. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return jsonList(value)?.join(', ') ?? value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function tableOf(
  source: string,
  names: readonly string[],
  rows: readonly { cells: readonly string[] }[],
): ImportTable {
  const columns: ImportColumn[] = names.map((header, index) => ({ index, header }));
  return {
    source,
    columns,
    rows: rows.map((r, i) => ({ line: i + 1, cells: r.cells })),
    problems: [],
  };
}

export function networkTables(fileName: string, file: NetworkFile): NetworkTables {
  const nodeNames = file.nodeAttributes.filter((n) => !isAsExported(n) && !formatOnly.has(n));
  const edgeNames = file.edgeAttributes.filter((n) => !formatOnly.has(n));
  return {
    // Named apart, so the wizard's two tables of columns are told apart by name as well.
    people: tableOf(
      `the nodes of ${fileName}`,
      [NODE_ID, ...nodeNames],
      file.nodes.map((n) => ({
        cells: [n.key, ...nodeNames.map((a) => cellText(n.attributes[a]))],
      })),
    ),
    associations: tableOf(
      `the edges of ${fileName}`,
      edgeNames,
      file.edges.map((e) => ({ cells: edgeNames.map((a) => cellText(e.attributes[a])) })),
    ),
    asExported: file.nodeAttributes.filter(isAsExported),
  };
}

const asIs = (text: string): Parsed => ({ value: text });
const finite = (text: string): Parsed => {
  const n = Number(text);
  return Number.isFinite(n) ? { value: n } : { problem: `“${text}” is not a number` };
};
const yesNo = (text: string): Parsed => {
  const t = text.trim().toLowerCase();
  if (['true', 'yes', '1', 'y'].includes(t)) return { value: true };
  if (['false', 'no', '0', 'n'].includes(t)) return { value: false };
  return { problem: `“${text}” is not true or false` };
};

/** What a node's attribute can be besides a person's field: where it sits, and its groups. */
export const nodeTargets: readonly ImportTarget[] = [
  ...importTargets.people,
  { key: 'x', label: 'Position across (x)', read: finite, synonyms: ['pos x', 'x position'] },
  { key: 'y', label: 'Position down (y)', read: finite, synonyms: ['pos y', 'y position'] },
  {
    key: 'groups',
    label: 'Groups (their names)',
    read: asIs,
    synonyms: ['group', 'group name', 'peer group', 'community', 'cluster'],
  },
  {
    key: 'groupRoles',
    label: 'Roles in those groups',
    read: asIs,
    synonyms: ['group role', 'role', 'roles'],
  },
];

/** What an edge's attribute can be: an association's field, or whether it runs one way. */
export const edgeTargets: readonly ImportTarget[] = [
  ...importTargets.associations.filter((t) => t.key !== 'from' && t.key !== 'to'),
  {
    key: 'directed',
    label: 'One way (true or false)',
    read: yesNo,
    synonyms: ['directed', 'one way', 'direction'],
  },
];

/**
 * The mapping guessed from attribute names, as for CSV headings; a node's `label` (Gephi, yEd)
 * names the person when no attribute is the name shown.
 */
export function guessNetworkMapping(tables: NetworkTables): {
  people: ColumnMapping;
  associations: ColumnMapping;
} {
  const people = [...guessMapping(tables.people.columns, nodeTargets)];
  if (!people.includes('displayName')) {
    const label = tables.people.columns.find((c) => c.header.toLowerCase() === 'label');
    if (label && people[label.index] === null) people[label.index] = 'displayName';
  }
  return { people, associations: guessMapping(tables.associations.columns, edgeTargets) };
}
