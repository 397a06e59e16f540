import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../src/domain/formats/exportBoard';
import { writeGraphml } from '../../src/domain/formats/graphml';
import { networkGraph, type EdgeMode } from '../../src/domain/formats/networkGraph';
import { xmlAttribute, xmlSafe, xmlText } from '../../src/domain/formats/xmlText';
import { FIXTURE_NOW, smallSource } from './exportHelpers';

const NS = 'http://graphml.graphdrawing.org/xmlns';

function written(mode: EdgeMode, names: 'none' | 'initials' = 'none') {
  const data = prepareExport(
    smallSource(),
    names === 'none' ? null : { names: 'initials' },
    FIXTURE_NOW,
  );
  return writeGraphml(networkGraph(data, mode));
}

/** The file as an XML parser reads it: keys by attribute name, nodes and edges with their data. */
function read(text: string) {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  expect(doc.documentElement.namespaceURI).toBe(NS);
  const keys = new Map<string, { name: string; type: string; for: string }>();
  for (const k of Array.from(doc.getElementsByTagName('key')))
    keys.set(k.getAttribute('id')!, {
      name: k.getAttribute('attr.name')!,
      type: k.getAttribute('attr.type')!,
      for: k.getAttribute('for')!,
    });
  const dataOf = (el: Element) =>
    Object.fromEntries(
      Array.from(el.children)
        .filter((c) => c.localName === 'data')
        .map((d) => [keys.get(d.getAttribute('key')!)!.name, d.textContent]),
    );
  const graph = doc.getElementsByTagName('graph')[0]!;
  return {
    keys: [...keys.values()],
    graph: { edgedefault: graph.getAttribute('edgedefault'), data: dataOf(graph) },
    nodes: Array.from(doc.getElementsByTagName('node')).map((n) => ({
      id: n.getAttribute('id'),
      data: dataOf(n),
    })),
    edges: Array.from(doc.getElementsByTagName('edge')).map((e) => ({
      id: e.getAttribute('id'),
      source: e.getAttribute('source'),
      target: e.getAttribute('target'),
      directed: e.getAttribute('directed'),
      data: dataOf(e),
    })),
  };
}

describe('GraphML export', () => {
  it('declares every attribute once as a typed key', () => {
    const { keys } = read(written('directed'));
    const type = (owner: string, name: string) =>
      keys.find((k) => k.for === owner && k.name === name)?.type;
    expect(type('node', 'label')).toBe('string');
    expect(type('node', 'age')).toBe('int');
    expect(type('node', 'x')).toBe('double');
    expect(type('node', 'y')).toBe('double');
    expect(type('node', 'contexts.peer.weight')).toBe('int');
    expect(type('node', 'riskLevel')).toBe('string');
    expect(type('edge', 'directed')).toBe('boolean');
    expect(type('edge', 'kind')).toBe('string');
    expect(type('graph', 'redaction')).toBe('string');
    const names = keys.map((k) => `${k.for}:${k.name}`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('writes people with every attribute, groups, roles and positions', () => {
    const { nodes } = read(written('directed'));
    expect(nodes.map((n) => n.id)).toEqual(['p1', 'p2']);
    const jordan = nodes[0]!.data;
    expect(jordan).toMatchObject({
      label: 'Jordan <b>Ade</b> & "Co" 🙂',
      fullName: 'Jordan Michael Ade-Smith',
      riskLevel: 'significant',
      kind: 'young-person',
      age: '15',
      tags: '["yos","cce"]',
      groups: `["Kayden's crew"]`,
      groupIds: '["g1"]',
      groupRoles: '["follower"]',
      x: '10.5',
      y: '-20',
    });
    // Null values are left out, not written as empty text.
    expect(nodes[1]!.data).not.toHaveProperty('age');
  });

  it('escapes markup and quotes, and removes characters XML 1.0 cannot carry', () => {
    const text = written('directed');
    expect(text).toContain('Jordan &lt;b&gt;Ade&lt;/b&gt; &amp; "Co" 🙂');
    expect(text).not.toContain('\u0007');
    expect(read(text).nodes[0]!.data.notes).toBe('Seen with Kayden at the garages');
    expect(xmlSafe('a\u0000b\u001Fc\uFFFEd\uD800e\t\n\r')).toBe('abcde\t\n\r');
    expect(xmlSafe('emoji 🙂 stays')).toBe('emoji 🙂 stays');
    expect(xmlText('a<b>&\r')).toBe('a&lt;b&gt;&amp;&#13;');
    expect(xmlAttribute('"x"\t\n')).toBe('&quot;x&quot;&#9;&#10;');
  });

  it('runs every edge from → to in a directed export, saying which are one way', () => {
    const { graph, edges } = read(written('directed'));
    expect(graph.edgedefault).toBe('directed');
    expect(edges).toEqual([
      expect.objectContaining({ id: 'a1', source: 'p2', target: 'p1', directed: null }),
      expect.objectContaining({ id: 'a2', source: 'p1', target: 'p2', directed: null }),
    ]);
    expect(edges.map((e) => e.data.directed)).toEqual(['true', 'false']);
    expect(edges[0]!.data).toMatchObject({ kind: 'exploitation', label: 'Exploitation' });
  });

  it('writes a mixed graph undirected by default, each one-way edge saying so', () => {
    const { graph, edges } = read(written('mixed'));
    expect(graph.edgedefault).toBe('undirected');
    expect(edges.map((e) => [e.id, e.directed])).toEqual([
      ['a1', 'true'],
      ['a2', null],
    ]);
  });

  it('states what it is and how it was redacted as graph-level data', () => {
    const plain = read(written('directed')).graph.data;
    expect(plain).toMatchObject({
      title: 'Harrowfield <test> & "board"',
      marking: 'OFFICIAL-SENSITIVE',
      format: 'Peers & Places network export, version 1',
    });
    expect(plain.redaction).toMatch(/^Not redacted/);
    const redacted = written('directed', 'initials');
    expect(read(redacted).graph.data.redaction).toMatch(/^Redacted: people are named by initials/);
    for (const hidden of ['Jordan', 'Kayden', 'garages', 'money'])
      expect(redacted).not.toContain(hidden);
  });
});
