import Graph from 'graphology';
import { write } from 'graphology-gexf/browser';
import type { Attributes, NetworkMeta } from './networkGraph';
import { xmlSafe } from './xmlText';

/**
 * The GEXF version written. graphology-gexf writes 1.2draft or 1.3; networkx (2.8 and 3.x) reads
 * only 1.1draft and 1.2draft, so 1.2draft it is: Gephi reads both.
 */
export const GEXF_VERSION = '1.2draft';

/**
 * graphology-gexf 0.13 writes 1.2draft's viz namespace as `http:///www.gexf.net/1.1draft/viz` (a
 * slip: three slashes, the old version), which no reader recognises, so positions would be lost.
 * The right one is put in its place; if a new version of the library writes something else, the
 * export fails loudly rather than losing positions quietly.
 */
const WRONG_VIZ = 'xmlns:viz="http:///www.gexf.net/1.1draft/viz"';
const RIGHT_VIZ = 'xmlns:viz="http://www.gexf.net/1.2draft/viz"';

const clean = (attrs: Attributes): Attributes =>
  Object.fromEntries(
    Object.entries(attrs).map(([k, v]) => [k, typeof v === 'string' ? xmlSafe(v) : v]),
  );

/**
 * The network as GEXF 1.2draft, written by graphology-gexf: attributes declared with their types
 * (`<attributes class="node">`, inferred from the values), positions as `viz:position`, edges
 * `directed` or `undirected` each (a mixed graph's `defaultedgetype` is directed and each
 * undirected edge says so). What the file says about itself, the redaction with it, is in
 * `<meta><description>`. Characters XML 1.0 cannot carry are removed first (the library's XML
 * writer escapes markup but not those).
 */
export function writeGexf(graph: Graph<Attributes, Attributes>): string {
  const meta = graph.getAttributes() as unknown as NetworkMeta;
  // Ids are text too (a board from a file may carry any): the same characters come out of them.
  const described = new Graph<Attributes, Attributes>({ type: graph.type, multi: true });
  graph.forEachNode((id, attrs) => described.addNode(xmlSafe(id), attrs));
  graph.forEachEdge((id, attrs, source, target, _s, _t, undirected) => {
    const [key, from, to] = [xmlSafe(id), xmlSafe(source), xmlSafe(target)];
    if (undirected) described.addUndirectedEdgeWithKey(key, from, to, attrs);
    else described.addDirectedEdgeWithKey(key, from, to, attrs);
  });
  // The writer puts every graph attribute in <meta>; pedantic keeps to GEXF's own three.
  described.replaceAttributes({
    creator: 'Peers & Places',
    description: xmlSafe(
      `${meta.title} · ${meta.marking} · exported ${meta.exportedAt} · ${meta.format}. ${meta.redaction}`,
    ),
    keywords: xmlSafe(meta.marking),
    lastModifiedDate: meta.exportedAt.slice(0, 10),
  });
  const text = write(described, {
    version: '1.2',
    pedantic: true,
    formatNode: (_key, attrs) => {
      const { label, x, y, ...rest } = clean(attrs);
      return {
        label: typeof label === 'string' ? label : undefined,
        attributes: rest,
        viz: typeof x === 'number' && typeof y === 'number' ? { x, y } : undefined,
      };
    },
    // Every attribute is data: the library would otherwise write `kind` and `weight` as GEXF's
    // own edge kind and weight, which networkx and Gephi read differently.
    formatEdge: (_key, attrs) => {
      const { label, ...rest } = clean(attrs);
      return { label: typeof label === 'string' ? label : undefined, attributes: rest };
    },
  });
  if (!text.includes(WRONG_VIZ))
    throw new Error('graphology-gexf wrote an unexpected viz namespace; check the GEXF writer');
  return text.replace(WRONG_VIZ, RIGHT_VIZ);
}
