import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readNetworkFile } from '../../src/domain/formats/networkImport/readNetwork';
import { FileRefused } from '../../src/domain/formats/networkImport/xmlFile';

const fixture = (name: string) => readFileSync(`fixtures/network/${name}`, 'utf8');
const hostile = (name: string) => readFileSync(`tests/fixtures/hostile/${name}`, 'utf8');

function refusal(name: string): FileRefused {
  try {
    readNetworkFile(name, hostile(name));
  } catch (error) {
    if (error instanceof FileRefused) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
}

describe('reading network files written by networkx', () => {
  it('reads the karate club GraphML: 34 nodes, 78 edges, the club attribute', () => {
    const file = readNetworkFile('karate.graphml', fixture('networkx-karate.graphml'));
    expect(file.format).toBe('GraphML');
    expect(file.nodes).toHaveLength(34);
    expect(file.edges).toHaveLength(78);
    expect(file.nodeAttributes).toContain('club');
    expect(file.nodes[0]!.attributes.club).toBe('Mr. Hi');
    expect(file.edges.every((e) => !e.directed)).toBe(true);
  });

  it('reads the same graph as GEXF with its labels', () => {
    const file = readNetworkFile('karate.gexf', fixture('networkx-karate.gexf'));
    expect(file.format).toBe('GEXF');
    expect(file.nodes).toHaveLength(34);
    expect(file.edges).toHaveLength(78);
    expect(file.nodes[0]!.attributes.label).toBe('0');
  });

  it('reads Les Misérables (GEXF, 77 characters, 254 links, weights)', () => {
    const file = readNetworkFile('lm.gexf', fixture('networkx-les-miserables.gexf'));
    expect(file.nodes).toHaveLength(77);
    expect(file.edges).toHaveLength(254);
    expect(file.nodes.map((n) => n.key)).toContain('Valjean');
  });

  it('keeps direction from a directed GraphML', () => {
    const file = readNetworkFile('d.graphml', fixture('networkx-directed.graphml'));
    expect(file.edges).toHaveLength(2);
    expect(file.edges.every((e) => e.directed)).toBe(true);
    expect(file.edges.find((e) => e.source === 'Ana')?.attributes.kind).toBe('exploitation');
  });
});

describe('hostile network files', () => {
  it('refuses entity expansion and external entities before parsing, naming the line', () => {
    const laughs = refusal('xml-billion-laughs.graphml');
    expect(laughs.message).toMatch(
      /^xml-billion-laughs\.graphml: line 2: the file declares a document type/,
    );
    const external = refusal('xml-external-entity.gexf');
    expect(external.message).toContain('line 2');
    expect(external.message).not.toContain('root:');
  });

  it('names the edge and the missing node of a dangling edge', () => {
    const error = refusal('graphml-dangling-edge.graphml');
    expect(error.problems).toEqual([
      { where: 'edge “e2”', what: 'its target “n9” is not a node in the file' },
    ]);
  });

  it('refuses a file cut short, and XML that is not a network', () => {
    expect(refusal('graphml-truncated.graphml').message).toContain('not well formed');
    expect(refusal('xml-not-a-network.graphml').message).toContain(
      'a <svg> file, not GraphML or GEXF',
    );
  });

  it('refuses an attribute named __proto__', () => {
    const error = refusal('gexf-proto-attribute.gexf');
    expect(error.message).toContain('“__proto__”');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps HTML in labels as text', () => {
    const file = readNetworkFile('h.gexf', hostile('gexf-html-in-labels.gexf'));
    expect(file.nodes.map((n) => n.attributes.label)).toEqual([
      '<img src=x onerror=alert(1)>',
      "<script>alert('x')</script>",
    ]);
  });
});
