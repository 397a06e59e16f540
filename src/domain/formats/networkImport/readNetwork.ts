import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf/browser';
import { parse as parseGraphml } from 'graphology-graphml/browser';
import { FileRefused, parseXmlFile, type FileProblem } from './xmlFile';

/** A network file's node, its attributes as the file types them (strings, numbers, booleans). */
export interface NetworkNode {
  key: string;
  attributes: Readonly<Record<string, unknown>>;
}

export interface NetworkEdge {
  key: string;
  source: string;
  target: string;
  directed: boolean;
  attributes: Readonly<Record<string, unknown>>;
}

/**
 * A GraphML or GEXF file read into plain rows (graphology is the parser's model; the app keeps
 * none of it): what the mapping step shows and the import turns into people and associations.
 */
export interface NetworkFile {
  format: 'GraphML' | 'GEXF';
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** Every attribute name found on any node (or edge), in first-seen order. */
  nodeAttributes: string[];
  edgeAttributes: string[];
  /** Graph-level attributes (GEXF meta, GraphML graph data): a redaction statement, say. */
  graph: Readonly<Record<string, unknown>>;
}

/** Larger networks are refused: a meeting's map is hundreds of people, an area profile thousands. */
export const MAX_NODES = 50_000;
export const MAX_EDGES = 250_000;
const MAX_LISTED = 10;

/** Attribute names that would reach an object's prototype if used as keys. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function formatOf(fileName: string, doc: Document): NetworkFile['format'] {
  const root = doc.documentElement.localName.toLowerCase();
  if (root === 'graphml') return 'GraphML';
  if (root === 'gexf') return 'GEXF';
  throw new FileRefused(fileName, [
    { where: 'line 1', what: `this is XML, but a <${root}> file, not GraphML or GEXF` },
  ]);
}

/**
 * Checks ids before the parser builds anything: every edge must join two nodes of the file, and
 * a node id must be unique. Graph parsers either invent the missing nodes or stop with a message
 * that names neither the edge nor the node.
 */
function checkIds(fileName: string, doc: Document): void {
  const nodes = Array.from(doc.getElementsByTagName('node'));
  const edges = Array.from(doc.getElementsByTagName('edge'));
  if (nodes.length > MAX_NODES || edges.length > MAX_EDGES) {
    throw new FileRefused(fileName, [
      {
        where: '',
        what: `the file has ${nodes.length.toLocaleString('en-GB')} nodes and ${edges.length.toLocaleString('en-GB')} edges; at most ${MAX_NODES.toLocaleString('en-GB')} nodes and ${MAX_EDGES.toLocaleString('en-GB')} edges can be imported`,
      },
    ]);
  }
  const problems: FileProblem[] = [];
  // Declared names are checked here: a parser that assigns `attributes['__proto__']` drops the
  // value without a word, and the user should hear why their attribute is not offered.
  const declared: [string, string][] = [
    ['key', 'id'],
    ['key', 'attr.name'],
    ['attribute', 'id'],
    ['attribute', 'title'],
    ['data', 'key'],
    ['attvalue', 'for'],
  ];
  for (const [tag, attribute] of declared) {
    for (const element of Array.from(doc.getElementsByTagName(tag))) {
      const name = element.getAttribute(attribute);
      if (name !== null && UNSAFE_KEYS.has(name)) {
        problems.push({
          where: `<${tag}>`,
          what: `an attribute is named “${name}”, which is not allowed`,
        });
        break;
      }
    }
  }
  const ids = new Set<string>();
  nodes.forEach((node, i) => {
    const id = node.getAttribute('id');
    if (!id) problems.push({ where: `node ${i + 1}`, what: 'the node has no id' });
    else if (ids.has(id))
      problems.push({ where: `node “${id}”`, what: 'another node has the same id' });
    else ids.add(id);
  });
  edges.forEach((edge, i) => {
    const name = edge.getAttribute('id') ? `edge “${edge.getAttribute('id')}”` : `edge ${i + 1}`;
    for (const end of ['source', 'target'] as const) {
      const id = edge.getAttribute(end);
      if (!id) problems.push({ where: name, what: `the edge has no ${end}` });
      else if (!ids.has(id))
        problems.push({ where: name, what: `its ${end} “${id}” is not a node in the file` });
    }
  });
  if (problems.length > 0) throw new FileRefused(fileName, problems.slice(0, MAX_LISTED));
}

function safeAttributes(
  fileName: string,
  where: string,
  attributes: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, value] of Object.entries(attributes)) {
    if (UNSAFE_KEYS.has(name)) {
      throw new FileRefused(fileName, [
        { where, what: `an attribute is named “${name}”, which is not allowed` },
      ]);
    }
    out[name] = value;
  }
  return out;
}

/** Reads a GraphML or GEXF file's text, or throws `FileRefused` saying what is wrong and where. */
export function readNetworkFile(fileName: string, text: string): NetworkFile {
  const doc = parseXmlFile(fileName, text);
  const format = formatOf(fileName, doc);
  checkIds(fileName, doc);
  let graph: Graph;
  try {
    graph = format === 'GEXF' ? parseGexf(Graph, doc) : parseGraphml(Graph, doc);
  } catch (error) {
    throw new FileRefused(fileName, [
      {
        where: '',
        what: `the ${format} could not be read (${error instanceof Error ? error.message : String(error)})`,
      },
    ]);
  }
  const nodeAttributes = new Set<string>();
  const edgeAttributes = new Set<string>();
  const nodes = graph.mapNodes((key, attributes) => {
    const safe = safeAttributes(fileName, `node “${key}”`, attributes);
    for (const name of Object.keys(safe)) nodeAttributes.add(name);
    return { key, attributes: safe };
  });
  const edges = graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => {
    const safe = safeAttributes(fileName, `edge “${key}”`, attributes);
    for (const name of Object.keys(safe)) edgeAttributes.add(name);
    return { key, source, target, directed: !undirected, attributes: safe };
  });
  return {
    format,
    nodes,
    edges,
    nodeAttributes: [...nodeAttributes],
    edgeAttributes: [...edgeAttributes],
    graph: safeAttributes(fileName, 'the graph', graph.getAttributes()),
  };
}
