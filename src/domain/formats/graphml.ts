import type Graph from 'graphology';
import type { Attributes, NetworkMeta } from './networkGraph';
import type { Scalar } from './flatten';
import { xmlAttribute, xmlText } from './xmlText';

/** GraphML's value types (the `attr.type` of a key). */
type KeyType = 'boolean' | 'int' | 'long' | 'double' | 'string';

const INT_MAX = 2 ** 31 - 1;

/** Where a person sits is a real number even when the diagram put them on whole pixels. */
const alwaysDouble: ReadonlySet<string> = new Set(['x', 'y']);

function typeOf(values: readonly Scalar[], name: string): KeyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (!values.every((v) => typeof v === 'number')) return 'string';
  if (alwaysDouble.has(name) || !values.every((v) => Number.isInteger(v))) return 'double';
  return values.every((v) => Math.abs(v) <= INT_MAX) ? 'int' : 'long';
}

interface Key {
  id: string;
  name: string;
  type: KeyType;
}

/** One key per attribute name, in the order first met, typed from every value it takes. */
function keysOf(list: readonly Attributes[], prefix: string): Key[] {
  const values = new Map<string, Scalar[]>();
  for (const attrs of list)
    for (const [name, value] of Object.entries(attrs)) {
      const seen = values.get(name);
      if (seen) seen.push(value);
      else values.set(name, [value]);
    }
  return [...values].map(([name, vs], i) => ({
    id: `${prefix}${i}`,
    name,
    type: typeOf(vs, name),
  }));
}

const valueText = (value: Scalar, type: KeyType): string =>
  type === 'string' || typeof value !== 'number' ? xmlText(String(value)) : String(value);

function dataLines(attrs: Attributes, keys: readonly Key[], indent: string): string[] {
  return keys.flatMap((k) =>
    Object.hasOwn(attrs, k.name)
      ? [`${indent}<data key="${k.id}">${valueText(attrs[k.name]!, k.type)}</data>`]
      : [],
  );
}

function keyLine(k: Key, owner: 'graph' | 'node' | 'edge'): string {
  return `  <key id="${k.id}" for="${owner}" attr.name="${xmlAttribute(k.name)}" attr.type="${k.type}"/>`;
}

/**
 * The network as GraphML (graphdrawing.org 1.0 schema), written here since graphology-graphml
 * only reads. Every attribute is declared once as a typed `<key>`; what the file says about
 * itself (title, marking, redaction) is graph-level data. Edges run source → target; the graph's
 * `edgedefault` is undirected unless every edge is directed, and an edge that differs from it says
 * so with its own `directed` attribute. All text is escaped, and characters XML 1.0 cannot carry
 * are removed (xmlText.ts).
 */
export function writeGraphml(graph: Graph<Attributes, Attributes>): string {
  const meta = graph.getAttributes() as unknown as NetworkMeta & Attributes;
  const nodes: { id: string; attrs: Attributes }[] = [];
  graph.forEachNode((id, attrs) => nodes.push({ id, attrs }));
  const edges: {
    id: string;
    source: string;
    target: string;
    directed: boolean;
    attrs: Attributes;
  }[] = [];
  graph.forEachEdge((id, attrs, source, target, _s, _t, undirected) =>
    edges.push({ id, source, target, directed: !undirected, attrs }),
  );
  const allDirected = edges.length > 0 && edges.every((e) => e.directed);
  const edgeDefault = allDirected ? 'directed' : 'undirected';

  const graphKeys = keysOf([meta], 'g');
  const nodeKeys = keysOf(
    nodes.map((n) => n.attrs),
    'n',
  );
  const edgeKeys = keysOf(
    edges.map((e) => e.attrs),
    'e',
  );
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
      ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphKeys.map((k) => keyLine(k, 'graph')),
    ...nodeKeys.map((k) => keyLine(k, 'node')),
    ...edgeKeys.map((k) => keyLine(k, 'edge')),
    `  <graph id="network" edgedefault="${edgeDefault}">`,
    ...dataLines(meta, graphKeys, '    '),
  ];
  for (const n of nodes) {
    lines.push(`    <node id="${xmlAttribute(n.id)}">`, ...dataLines(n.attrs, nodeKeys, '      '));
    lines.push('    </node>');
  }
  for (const e of edges) {
    const differs = e.directed !== allDirected ? ` directed="${e.directed}"` : '';
    lines.push(
      `    <edge id="${xmlAttribute(e.id)}" source="${xmlAttribute(e.source)}" target="${xmlAttribute(e.target)}"${differs}>`,
      ...dataLines(e.attrs, edgeKeys, '      '),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
