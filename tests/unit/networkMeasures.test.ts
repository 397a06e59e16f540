import { readFileSync } from 'node:fs';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import { describe, expect, it } from 'vitest';
import { betweenness } from '../../src/domain/analysis/betweenness';
import { shortestChains } from '../../src/domain/analysis/chains';
import { suggestedGroups } from '../../src/domain/analysis/communities';
import { measureBoard, ranked } from '../../src/domain/analysis/measures';
import { peerGraph, type Link } from '../../src/domain/analysis/peerGraph';
import { seededRandom } from '../../src/domain/analysis/seededRandom';
import { readNetworkFile } from '../../src/domain/formats/networkImport/readNetwork';

/**
 * The expected answers are networkx's (Debian's python3-networkx 2.8) on the same files, e.g.
 *   python3 -c "import networkx as nx; g = nx.read_graphml('fixtures/network/networkx-karate.graphml');
 *     b = nx.betweenness_centrality(g); print(sorted(b, key=b.get, reverse=True)[:5])"
 */
function graphOf(name: string) {
  const file = readNetworkFile(name, readFileSync(`fixtures/network/${name}`, 'utf8'));
  const links: Link[] = file.edges.map((e) => ({
    id: e.key,
    fromId: e.source,
    toId: e.target,
    kind: 'friendship',
    confidence: 'reported',
  }));
  return {
    file,
    graph: peerGraph(
      file.nodes.map((n) => n.key),
      links,
    ),
  };
}

describe('network measures against networkx', () => {
  const { file, graph } = graphOf('networkx-karate.graphml');

  it('ranks the same five people as bridging most in the karate club', () => {
    const measures = measureBoard(graph);
    expect(measures.bridgingExact).toBe(true);
    expect(ranked(measures, 'bridging', 5)).toEqual(['0', '33', '32', '2', '31']);
    expect(measures.people.get('0')!.bridging).toBeCloseTo(0.43763528138528146, 10);
    expect(measures.people.get('33')!.bridging).toBeCloseTo(0.30407497594997596, 10);
  });

  it('counts links, two-step reach and the core as networkx does', () => {
    const measures = measureBoard(graph);
    expect(ranked(measures, 'links', 3)).toEqual(['33', '0', '32']);
    expect(measures.people.get('33')!.links).toBe(17);
    expect(measures.people.get('0')!.reach).toBe(25);
    expect(measures.people.get('33')!.reach).toBe(23);
    expect(measures.people.get('11')!.reach).toBe(16);
    expect(measures.topCore).toBe(4);
    // networkx.core_number: 11 is in the 1-core only; 9 in the 2-core; 4 in the 3-core.
    expect(measures.people.get('11')!.core).toBe(1);
    expect(measures.people.get('9')!.core).toBe(2);
    expect(measures.people.get('4')!.core).toBe(3);
  });

  it('matches networkx on Les Misérables too (bridging top five, highest core)', () => {
    const les = graphOf('networkx-les-miserables.gexf');
    const measures = measureBoard(les.graph);
    expect(ranked(measures, 'bridging', 5)).toEqual([
      'Valjean',
      'Myriel',
      'Gavroche',
      'Marius',
      'Fantine',
    ]);
    expect(measures.topCore).toBe(9);
    expect(measures.people.get('Enjolras')!.core).toBe(9);
  });

  it('separates the two factions of the karate club for at least 85% of members', () => {
    const groups = suggestedGroups(graph);
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const club = new Map(file.nodes.map((n) => [n.key, String(n.attributes.club)]));
    // Each suggested group is read as its majority's faction; a member counts when it is theirs.
    let agree = 0;
    for (const members of groups) {
      const counts = new Map<string, number>();
      for (const m of members) counts.set(club.get(m)!, (counts.get(club.get(m)!) ?? 0) + 1);
      agree += Math.max(...counts.values());
    }
    expect(agree / file.nodes.length).toBeGreaterThanOrEqual(0.85);
    // No group mixes the two leaders.
    expect(groups.some((g) => g.includes('0') && g.includes('33'))).toBe(false);
  });

  it('suggests the same groups every time for the same board', () => {
    expect(suggestedGroups(graph)).toEqual(suggestedGroups(graph));
  });

  it('lists the shortest chains between two people as networkx.all_shortest_paths does', () => {
    expect(shortestChains(graph, '16', '25')).toEqual([
      ['16', '5', '0', '31', '25'],
      ['16', '6', '0', '31', '25'],
    ]);
  });
});

describe('measures on boards that are not a neat network', () => {
  const link = (id: string, fromId: string, toId: string): Link => ({
    id,
    fromId,
    toId,
    kind: 'friendship',
    confidence: 'reported',
  });

  it('gives everyone zero on a board with one person or no links, and no chains or groups', () => {
    const none = measureBoard(peerGraph([], []));
    expect(none.people.size).toBe(0);
    expect(none.topCore).toBe(0);
    const one = peerGraph(['a'], []);
    expect(measureBoard(one).people.get('a')).toEqual({ links: 0, bridging: 0, reach: 0, core: 0 });
    expect(ranked(measureBoard(one), 'bridging', 5)).toEqual([]);
    const apart = peerGraph(['a', 'b', 'c'], []);
    expect(shortestChains(apart, 'a', 'b')).toEqual([]);
    expect(suggestedGroups(apart)).toEqual([]);
  });

  it('finds no chain between two parts of a disconnected board', () => {
    const g = peerGraph(['a', 'b', 'c', 'd'], [link('1', 'a', 'b'), link('2', 'c', 'd')]);
    expect(shortestChains(g, 'a', 'd')).toEqual([]);
    expect(shortestChains(g, 'a', 'b')).toEqual([['a', 'b']]);
  });

  it('counts two associations between the same pair as one link, and ignores links to people not there', () => {
    const g = peerGraph(
      ['a', 'b'],
      [link('1', 'a', 'b'), link('2', 'b', 'a'), link('3', 'a', 'gone')],
    );
    expect(g.size).toBe(1);
    expect(g.getEdgeAttributes(g.edge('a', 'b')!).links.map((l) => l.id)).toEqual(['1', '2']);
    expect(measureBoard(g).people.get('a')!.links).toBe(1);
  });

  it('estimates bridging from a sample on a large board, close to the exact ranking', () => {
    // 40 clusters of 100 people with random links inside, each joined to the next by one link.
    const people: string[] = [];
    const links: Link[] = [];
    const random = seededRandom(7);
    for (let c = 0; c < 40; c++)
      for (let i = 0; i < 100; i++) {
        const id = `${c}-${i}`;
        people.push(id);
        for (let k = 0; k < 3; k++) {
          const j = Math.floor(random() * 100);
          if (j !== i) links.push(link(`${id}-${k}`, id, `${c}-${j}`));
        }
      }
    for (let c = 0; c < 40; c++) links.push(link(`bridge-${c}`, `${c}-0`, `${(c + 1) % 40}-1`));
    const g = peerGraph(people, links);
    const estimate = betweenness(g, seededRandom(1));
    expect(estimate.exact).toBe(false);
    // graphology-metrics' exact scores on the same board: the estimate finds most of its top 20.
    const exact = betweennessCentrality(g, { normalized: true, getEdgeWeight: null });
    const top = (scores: Iterable<[string, number]>) =>
      [...scores]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 20)
        .map(([id]) => id);
    const exactTop = new Set(top(Object.entries(exact)));
    const found = top(estimate.scores).filter((id) => exactTop.has(id)).length;
    expect(found).toBeGreaterThanOrEqual(15);
  });
});
