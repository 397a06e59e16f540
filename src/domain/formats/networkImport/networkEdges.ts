import { kinds, validateRecord } from '../../kinds';
import { defaultDirected } from '../../kinds/association';
import type { AssociationKind } from '../../vocabulary';
import type { ColumnMapping } from '../csvImport/headers';
import type { RowProblem } from '../csvImport/table';
import { valueKey, type ValueMap } from '../csvImport/values';
import type { NetworkFile } from './readNetwork';
import { edgeTargets, type NetworkTables } from './networkTables';

type Fields = Record<string, unknown>;

/** An edge read as an association whose two people are still the file's node ids. */
export interface BuiltEdge {
  line: number;
  source: string;
  target: string;
  fields: Fields;
}

/** The values of a row's mapped cells, by target; problems pushed with the column's heading. */
function readRow(
  cells: readonly string[],
  line: number,
  columns: readonly { index: number; header: string }[],
  mapping: ColumnMapping,
  values: ValueMap,
  targets: typeof edgeTargets,
  problems: RowProblem[],
): Fields {
  const out: Fields = {};
  for (const { index, header } of columns) {
    const target = targets.find((t) => t.key === mapping[index]);
    const text = cells[index]?.trim() ?? '';
    if (!target || text === '') continue;
    if (target.options) {
      const choice = values[target.key]?.[valueKey(text)];
      if (choice === undefined)
        problems.push({
          line,
          column: header,
          reason: `“${text}” is not matched: choose one for it under Values`,
        });
      else if (choice !== '') out[target.key] = choice;
      continue;
    }
    const read = target.read(text);
    if ('problem' in read) problems.push({ line, column: header, reason: read.problem });
    else out[target.key] = read.value;
  }
  return out;
}

/**
 * Every edge as an association's fields, checked with the association's schema (with stand-in
 * people), or a problem by edge number and attribute. An edge with no kind takes `defaultKind`,
 * and its direction is the file's (or a mapped true/false attribute's).
 */
export function buildEdges(
  file: NetworkFile,
  tables: NetworkTables,
  mapping: ColumnMapping,
  values: ValueMap,
  defaultKind: AssociationKind,
  boardId: string,
): { edges: BuiltEdge[]; problems: RowProblem[] } {
  const edges: BuiltEdge[] = [];
  const problems: RowProblem[] = [];
  const columns = tables.associations.columns;
  tables.associations.rows.forEach((row, i) => {
    const edge = file.edges[i]!;
    const found: RowProblem[] = [];
    if (edge.source === edge.target)
      found.push({ line: row.line, column: null, reason: 'the edge joins a node to itself' });
    const read = readRow(row.cells, row.line, columns, mapping, values, edgeTargets, found);
    const kind = (read.kind as AssociationKind | undefined) ?? defaultKind;
    const directed = (read.directed as boolean | undefined) ?? edge.directed;
    const fields: Fields = { ...read, kind, directed };
    if (!('directed' in read) && !edge.directed && defaultDirected(kind)) fields.directed = false;
    const checked = validateRecord(
      'associations',
      kinds.associations.create({
        ...fields,
        id: `edge-${row.line}`,
        boardId,
        fromId: 'a',
        toId: 'b',
      } as never),
    );
    if (!checked.ok)
      for (const p of checked.problems)
        // The record's field, not a column of the file: named in words, never by its schema path.
        found.push({ line: row.line, column: null, reason: p.words });
    if (found.length) problems.push(...found);
    else edges.push({ line: row.line, source: edge.source, target: edge.target, fields });
  });
  return { edges, problems };
}
