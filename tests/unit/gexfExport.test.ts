import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { describe, expect, it } from 'vitest';
import { prepareExport } from '../../src/domain/formats/exportBoard';
import { writeGexf } from '../../src/domain/formats/gexf';
import { networkGraph, type EdgeMode } from '../../src/domain/formats/networkGraph';
import { FIXTURE_NOW, smallSource } from './exportHelpers';

function written(mode: EdgeMode, redacted = false) {
  const data = prepareExport(smallSource(), redacted ? { names: 'initials' } : null, FIXTURE_NOW);
  return writeGexf(networkGraph(data, mode));
}

const xml = (text: string) => {
  const doc = new DOMParser().parseFromString(text, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
};

describe('GEXF export', () => {
  it('is GEXF 1.2draft with the viz namespace readers know', () => {
    const doc = xml(written('directed'));
    const root = doc.documentElement;
    expect(root.getAttribute('version')).toBe('1.2');
    expect(root.namespaceURI).toBe('http://www.gexf.net/1.2draft');
    const position = doc.getElementsByTagNameNS('http://www.gexf.net/1.2draft/viz', 'position');
    expect(Array.from(position).map((p) => [p.getAttribute('x'), p.getAttribute('y')])).toEqual([
      ['10.5', '-20'],
      ['200', '40'],
    ]);
  });

  it('declares typed attributes and reads back as the same network', () => {
    const text = written('directed');
    const doc = xml(text);
    const declared = Object.fromEntries(
      Array.from(doc.getElementsByTagName('attribute')).map((a) => [
        `${(a.parentElement as Element).getAttribute('class')}:${a.getAttribute('title')}`,
        a.getAttribute('type'),
      ]),
    );
    expect(declared).toMatchObject({
      'node:age': 'integer',
      'node:riskLevel': 'string',
      'node:contexts.peer.weight': 'integer',
      'edge:directed': 'boolean',
      'edge:kind': 'string',
    });
    const graph = parse(Graph, text);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttributes('p1')).toMatchObject({
      label: 'Jordan <b>Ade</b> & "Co" 🙂',
      riskLevel: 'significant',
      age: 15,
      groups: `["Kayden's crew"]`,
      groupRoles: '["follower"]',
      x: 10.5,
      y: -20,
    });
    // `kind` is data like every attribute, not GEXF's own edge kind.
    expect(graph.getEdgeAttributes('a1')).toMatchObject({ kind: 'exploitation', directed: true });
    expect(graph.source('a1')).toBe('p2');
    expect(graph.getEdgeAttributes('a2')).toMatchObject({ kind: 'friendship', directed: false });
    expect(text).not.toContain('\u0007');
  });

  it('removes characters XML cannot carry from ids too', () => {
    const source = smallSource();
    const [jordan, kayden] = source.tables.people;
    source.tables.people = [{ ...jordan!, id: 'p\u00011' }, kayden!];
    source.tables.associations = source.tables.associations.map((a) => ({
      ...a,
      id: `${a.id}\u0002`,
      fromId: a.fromId === 'p1' ? 'p\u00011' : a.fromId,
      toId: a.toId === 'p1' ? 'p\u00011' : a.toId,
    }));
    const text = writeGexf(networkGraph(prepareExport(source, null, FIXTURE_NOW), 'directed'));
    const graph = parse(Graph, text);
    expect(graph.nodes()).toEqual(['p1', 'p2']);
    expect(graph.edges()).toEqual(['a1', 'a2']);
  });

  it('gives each edge of a mixed graph its own type', () => {
    const doc = xml(written('mixed'));
    expect(doc.getElementsByTagName('graph')[0]!.getAttribute('defaultedgetype')).toBe('directed');
    const types = Array.from(doc.getElementsByTagName('edge')).map((e) => [
      e.getAttribute('id'),
      e.getAttribute('type') ?? 'directed',
    ]);
    expect(types).toEqual([
      ['a1', 'directed'],
      ['a2', 'undirected'],
    ]);
  });

  it('states the title, marking and redaction in <meta><description>', () => {
    const plain = xml(written('directed')).getElementsByTagName('description')[0]!.textContent;
    expect(plain).toContain('Harrowfield <test> & "board" · OFFICIAL-SENSITIVE');
    expect(plain).toContain('Not redacted');
    const text = written('directed', true);
    const doc = xml(text);
    expect(doc.getElementsByTagName('description')[0]!.textContent).toContain(
      'Redacted: people are named by initials',
    );
    expect(doc.getElementsByTagName('creator')[0]!.textContent).toBe('Peers & Places');
    for (const hidden of ['Jordan', 'Kayden', 'garages', 'money'])
      expect(text).not.toContain(hidden);
  });
});
