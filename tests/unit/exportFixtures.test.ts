import { readFileSync } from 'node:fs';
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvKinds } from '../../src/domain/formats/csvKinds';
import { writeDataExport, type DataFormat } from '../../src/domain/formats/dataExport';
import type { EdgeMode } from '../../src/domain/formats/networkGraph';
import { FIXTURE_NOW, trainingSource } from './exportHelpers';

/**
 * The sample exports of the training board in fixtures/exports are version 1 of each format,
 * kept as files. The writers must still produce what a reader takes from them: the same nodes,
 * edges, typed attributes and graph data (as networkx reads a GraphML or GEXF), the same features,
 * geometry and properties (as ogrinfo reads the GeoJSON), the same rows (as a CSV reader does).
 * Bytes may change (spacing, attribute order); what a reader sees may not, unless the format's
 * version goes up and a new fixture is saved beside these.
 */

const fixture = (name: string) => readFileSync(`fixtures/exports/${name}`, 'utf8');

async function fresh(format: DataFormat, edges: EdgeMode = 'directed') {
  return writeDataExport(
    await trainingSource(),
    { format, redaction: 'none', edges, csvKinds },
    FIXTURE_NOW,
  ).files;
}

const typed = (value: string, type: string): unknown => {
  if (type === 'boolean') return value === 'true';
  if (type === 'int' || type === 'long' || type === 'double') return Number(value);
  return value;
};

/** A GraphML file as networkx reads it: typed attributes of the graph, nodes and edges. */
function graphmlRead(text: string) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const keys = new Map(
    Array.from(doc.getElementsByTagName('key')).map((k) => [
      k.getAttribute('id')!,
      {
        name: k.getAttribute('attr.name')!,
        type: k.getAttribute('attr.type')!,
        for: k.getAttribute('for')!,
      },
    ]),
  );
  const data = (el: Element): Record<string, unknown> =>
    Object.fromEntries(
      Array.from(el.children)
        .filter((c) => c.localName === 'data')
        .map((d) => {
          const key = keys.get(d.getAttribute('key')!)!;
          return [key.name, typed(d.textContent ?? '', key.type)] as const;
        }),
    );
  const graph = doc.getElementsByTagName('graph')[0]!;
  const edgedefault = graph.getAttribute('edgedefault');
  return {
    keys: [...keys.values()].map((k) => `${k.for} ${k.name}: ${k.type}`).sort(),
    edgedefault,
    graph: data(graph),
    nodes: Object.fromEntries(
      Array.from(doc.getElementsByTagName('node')).map(
        (n) => [n.getAttribute('id')!, data(n)] as const,
      ),
    ),
    edges: Object.fromEntries(
      Array.from(doc.getElementsByTagName('edge')).map(
        (e) =>
          [
            e.getAttribute('id')!,
            {
              source: e.getAttribute('source'),
              target: e.getAttribute('target'),
              directed:
                (e.getAttribute('directed') ?? String(edgedefault === 'directed')) === 'true',
              data: data(e),
            },
          ] as const,
      ),
    ),
  };
}

/** A GEXF file as a GEXF reader takes it: declared types, nodes and edges with attributes. */
function gexfRead(text: string) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  const graph = parse(Graph, text);
  return {
    version: doc.documentElement.getAttribute('version'),
    namespace: doc.documentElement.namespaceURI,
    description: doc.getElementsByTagName('description')[0]?.textContent,
    declared: Array.from(doc.getElementsByTagName('attribute'))
      .map(
        (a) =>
          `${(a.parentElement as Element).getAttribute('class')} ${a.getAttribute('title')}: ${a.getAttribute('type')}`,
      )
      .sort(),
    nodes: graph.mapNodes((id, attrs) => ({ id, attrs })),
    edges: graph.mapEdges((id, attrs, source, target, _s, _t, undirected) => ({
      id,
      source,
      target,
      undirected,
      attrs,
    })),
  };
}

const csvRows = (text: string) => {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('saved sample exports (format version 1)', () => {
  it('GraphML: the writer still writes what networkx reads from the fixtures', async () => {
    for (const [name, edges] of [
      ['training.graphml', 'directed'],
      ['training-mixed.graphml', 'mixed'],
    ] as const) {
      const saved = graphmlRead(fixture(name));
      expect(Object.keys(saved.nodes)).toHaveLength(16);
      expect(Object.keys(saved.edges)).toHaveLength(22);
      expect(saved.keys).toContain('node riskLevel: string');
      expect(saved.keys).toContain('edge directed: boolean');
      expect(saved.graph.format).toBe('Peers & Places network export, version 1');
      expect(saved.edgedefault).toBe(edges === 'directed' ? 'directed' : 'undirected');
      expect(graphmlRead((await fresh('graphml', edges))[0]!.text), name).toEqual(saved);
    }
  });

  it('GEXF: the writer still writes what a GEXF reader takes from the fixtures', async () => {
    for (const [name, edges] of [
      ['training.gexf', 'directed'],
      ['training-mixed.gexf', 'mixed'],
    ] as const) {
      const saved = gexfRead(fixture(name));
      expect(saved).toMatchObject({ version: '1.2', namespace: 'http://www.gexf.net/1.2draft' });
      expect(saved.nodes).toHaveLength(16);
      expect(saved.edges).toHaveLength(22);
      expect(saved.declared).toContain('node age: integer');
      expect(saved.edges.some((e) => e.undirected)).toBe(edges === 'mixed');
      expect(gexfRead((await fresh('gexf', edges))[0]!.text), name).toEqual(saved);
    }
  });

  it('GeoJSON: the writer still writes the features ogrinfo reads from the fixture', async () => {
    const saved = JSON.parse(fixture('training.geojson')) as {
      features: { geometry: { type: string } | null; properties: { recordType: string } }[];
    };
    expect(saved.features).toHaveLength(13);
    expect(saved.features.filter((f) => f.properties.recordType === 'place')).toHaveLength(7);
    expect(new Set(saved.features.map((f) => f.geometry?.type ?? null))).toEqual(
      new Set(['Polygon', 'Point', null]),
    );
    expect(JSON.parse((await fresh('geojson'))[0]!.text)).toEqual(saved);
  });

  it('CSV: the writer still writes the rows of each fixture', async () => {
    const files = await fresh('csv');
    expect(files).toHaveLength(csvKinds.length);
    csvKinds.forEach((kind, i) => {
      const saved = csvRows(fixture(`training-${kind}.csv`));
      expect(saved[0]![0]).toBe('ID');
      expect(csvRows(files[i]!.text), kind).toEqual(saved);
    });
    expect(csvRows(fixture('training-people.csv'))).toHaveLength(17);
  });
});
