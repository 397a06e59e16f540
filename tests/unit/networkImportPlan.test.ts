import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BoardIndex } from '../../src/domain/formats/csvImport/boardIndex';
import { buildRows } from '../../src/domain/formats/csvImport/buildRows';
import type { ColumnMapping } from '../../src/domain/formats/csvImport/headers';
import type { DuplicateChoice } from '../../src/domain/formats/csvImport/importPlan';
import { GRID_STEP } from '../../src/domain/formats/csvImport/placement';
import { guessValues } from '../../src/domain/formats/csvImport/values';
import { buildEdges } from '../../src/domain/formats/networkImport/networkEdges';
import {
  planNetworkImport,
  type NetworkContext,
} from '../../src/domain/formats/networkImport/networkPlan';
import {
  edgeTargets,
  guessNetworkMapping,
  networkTables,
  NODE_ID,
  nodeTargets,
  type NetworkTables,
} from '../../src/domain/formats/networkImport/networkTables';
import {
  readNetworkFile,
  type NetworkFile,
} from '../../src/domain/formats/networkImport/readNetwork';
import type { Association } from '../../src/domain/kinds/association';
import type { Group } from '../../src/domain/kinds/group';
import type { Membership } from '../../src/domain/kinds/membership';
import type { Person } from '../../src/domain/kinds/person';
import type { DiagramPosition } from '../../src/domain/kinds/position';
import type { AssociationKind } from '../../src/domain/vocabulary';

const BOARD = 'board-1';

interface Loaded {
  file: NetworkFile;
  tables: NetworkTables;
}

/** A fixture (`fixtures/network/…` or `fixtures/exports/…`) read as the wizard reads it. */
function fixture(path: string): Loaded {
  const file = readNetworkFile(path.split('/').pop()!, readFileSync(`fixtures/${path}`, 'utf8'));
  return { file, tables: networkTables(path.split('/').pop()!, file) };
}

/** A small GraphML written here, for what no fixture holds (a loop, an unknown kind). */
function graphml(name: string, body: string, keys = ''): Loaded {
  const text = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}
<graph edgedefault="undirected">${body}</graph></graphml>`;
  const file = readNetworkFile(name, text);
  return { file, tables: networkTables(name, file) };
}

const header = (tables: NetworkTables, which: 'people' | 'associations') =>
  tables[which].columns.map((c) => c.header);

const emptyIndex = (people: BoardIndex['people'] = []): BoardIndex => ({
  boardId: BOARD,
  people,
  places: [],
  incidents: [],
  associations: [],
});

const emptyBoard = (over: Partial<NetworkContext> = {}): NetworkContext => ({
  boardId: BOARD,
  positions: [],
  groups: [],
  memberships: [],
  associations: [],
  ...over,
});

/** Ids counted up, so a plan is the same every run. */
function env() {
  let n = 0;
  return { newId: () => `id-${++n}`, now: new Date('2026-12-01T10:00:00Z') };
}

/**
 * Everything the wizard does between the file and the Import button, with the guessed mapping
 * (changed by `people` if given): rows, edges and the plan.
 */
function plan(
  loaded: Loaded,
  options: {
    people?: (m: ColumnMapping) => ColumnMapping;
    index?: BoardIndex;
    board?: NetworkContext;
    choices?: ReadonlyMap<number, DuplicateChoice>;
    defaultKind?: AssociationKind;
  } = {},
) {
  const { tables, file } = loaded;
  const guessed = guessNetworkMapping(tables);
  const people = options.people ? options.people(guessed.people) : guessed.people;
  const values = guessValues(tables.people, people, nodeTargets);
  const edgeValues = guessValues(tables.associations, guessed.associations, edgeTargets);
  const index = options.index ?? emptyIndex();
  const ids = env();
  const rows = buildRows(
    tables.people,
    { kind: 'people', mapping: people, values, index, addMissingPeople: false },
    ids,
  );
  const edges = buildEdges(
    file,
    tables,
    guessed.associations,
    edgeValues,
    options.defaultKind ?? 'friendship',
    BOARD,
  );
  const result = planNetworkImport(
    file,
    tables,
    rows,
    people,
    edges.edges,
    options.choices ?? new Map(),
    options.board ?? emptyBoard(),
    ids,
  );
  const of = <R>(table: string) =>
    result.creates.filter((c) => c.table === table).map((c) => c.record as unknown as R);
  return {
    rows,
    edges,
    result,
    people: of<Person>('people'),
    positions: of<DiagramPosition>('positions'),
    associations: of<Association>('associations'),
    groups: of<Group>('groups'),
    memberships: of<Membership>('memberships'),
  };
}

const nodeIdAsName = (m: ColumnMapping) => m.map((t, i) => (i === 0 ? 'displayName' : t));

describe('networkTables', () => {
  it('makes a column of each node and edge attribute, the node id first', () => {
    const { tables } = fixture('network/networkx-karate.gexf');
    expect(header(tables, 'people')).toEqual([NODE_ID, 'label', 'club']);
    expect(header(tables, 'associations')).toEqual(['weight']);
    expect(tables.people.rows).toHaveLength(34);
    expect(tables.people.rows[0]).toEqual({ line: 1, cells: ['0', '0', 'Mr. Hi'] });
    expect(tables.associations.rows).toHaveLength(78);
  });

  it('shows the lists our export writes as JSON as the comma text a person would type', () => {
    const { tables } = fixture('exports/training.gexf');
    const cell = (heading: string) =>
      tables.people.rows[0]!.cells[header(tables, 'people').indexOf(heading)];
    expect(cell('displayName')).toBe('Kyle Brennan');
    expect(cell('tags')).toBe('cce-concern, yos-open');
    expect(cell('groups')).toBe('Brookside Parade group');
    expect(cell('groupRoles')).toBe('leader');
    expect(cell('x')).toBe('200');
  });

  it('sets aside the attributes brought in as exported, and leaves out the format’s own', () => {
    const { tables } = fixture('exports/training.gexf');
    expect(tables.asExported).toEqual(
      expect.arrayContaining([
        'indicators',
        'strengths',
        'contexts.home.concern',
        'contexts.home.weight',
        'contexts.online.notes',
      ]),
    );
    const columns = header(tables, 'people');
    for (const setAside of ['indicators', 'strengths', 'contexts.home.concern'])
      expect(columns).not.toContain(setAside);
    for (const formatOnly of ['groupIds', 'createdAt', 'updatedAt'])
      expect(columns).not.toContain(formatOnly);
    expect(header(tables, 'associations')).not.toContain('createdAt');
  });
});

describe('guessNetworkMapping', () => {
  it('takes a node’s label as the name shown when no attribute is the name', () => {
    const { tables } = fixture('network/networkx-les-miserables.gexf');
    expect(guessNetworkMapping(tables).people).toEqual([null, 'displayName']);
  });

  it('leaves the label alone when an attribute is the name, and maps our own export’s keys to their fields', () => {
    const { tables } = fixture('exports/training.gexf');
    const guessed = guessNetworkMapping(tables);
    const target = (heading: string) => guessed.people[header(tables, 'people').indexOf(heading)];
    expect(target('label')).toBeNull();
    expect(target(NODE_ID)).toBeNull();
    for (const field of ['displayName', 'fullName', 'kind', 'riskLevel', 'harmRole', 'tags'])
      expect(target(field)).toBe(field);
    expect(target('x')).toBe('x');
    expect(target('y')).toBe('y');
    expect(target('groups')).toBe('groups');
    expect(target('groupRoles')).toBe('groupRoles');
    const edge = (heading: string) =>
      guessed.associations[header(tables, 'associations').indexOf(heading)];
    expect(edge('kind')).toBe('kind');
    expect(edge('confidence')).toBe('confidence');
    expect(edge('directed')).toBe('directed');
    expect(edge('firstReported')).toBe('firstReported');
  });

  it('offers an attribute it does not know without a guess', () => {
    const { tables } = fixture('network/networkx-karate.graphml');
    expect(guessNetworkMapping(tables)).toEqual({ people: [null, null], associations: [null] });
  });
});

describe('buildEdges', () => {
  it('gives an edge with no kind the kind chosen, and keeps an undirected file’s edges both ways', () => {
    const { edges } = plan(fixture('network/networkx-karate.graphml'), {
      people: nodeIdAsName,
      defaultKind: 'family',
    });
    expect(edges.problems).toEqual([]);
    expect(edges.edges).toHaveLength(78);
    expect(edges.edges.every((e) => e.fields.kind === 'family' && !e.fields.directed)).toBe(true);
  });

  it('takes direction from the file, unless a directed attribute says otherwise', () => {
    const directed = plan(fixture('network/networkx-directed.graphml'), {
      people: nodeIdAsName,
    });
    expect(directed.edges.edges.map((e) => [e.source, e.target, e.fields])).toEqual([
      ['Ana', 'Ben', { kind: 'exploitation', directed: true }],
      ['Ben', 'Cy', { kind: 'friendship', directed: true }],
    ]);
    // Our export writes every association one way, with "directed" saying which really are.
    const ours = plan(fixture('exports/training.gexf'));
    expect(ours.edges.edges).toHaveLength(22);
    expect(ours.edges.edges.every((e) => typeof e.fields.directed === 'boolean')).toBe(true);
    const oneWay = ours.edges.edges.filter((e) => e.fields.directed);
    expect(oneWay.length).toBeGreaterThan(0);
    expect(oneWay.length).toBeLessThan(22);
    expect(
      oneWay.every(
        (e) =>
          e.fields.kind === 'exploitation' ||
          e.fields.kind === 'violence' ||
          e.fields.kind === 'bullying' ||
          e.fields.kind === 'hsb',
      ),
    ).toBe(true);
  });

  it('keeps an undirected edge of a one-way kind both ways, as the file has it', () => {
    const loaded = graphml(
      'undirected.graphml',
      '<node id="a"/><node id="b"/><edge source="a" target="b"><data key="k">bullying</data></edge>',
      '<key id="k" for="edge" attr.name="kind" attr.type="string"/>',
    );
    const { edges } = plan(loaded, { people: nodeIdAsName });
    expect(edges.edges[0]!.fields).toEqual({ kind: 'bullying', directed: false });
  });

  it('refuses an edge from a node to itself, by its edge number', () => {
    const loaded = graphml(
      'loop.graphml',
      '<node id="a"/><node id="b"/><edge source="a" target="b"/><edge source="b" target="b"/>',
    );
    const { edges } = plan(loaded, { people: nodeIdAsName });
    expect(edges.edges).toHaveLength(1);
    expect(edges.problems).toEqual([
      { line: 2, column: null, reason: 'the edge joins a node to itself' },
    ]);
  });

  it('reports a value not matched to the app’s list, with the edge and the attribute', () => {
    const loaded = graphml(
      'rivals.graphml',
      '<node id="a"/><node id="b"/><node id="c"/>' +
        '<edge source="a" target="b"><data key="k">friendship</data></edge>' +
        '<edge source="b" target="c"><data key="k">rivalry</data></edge>',
      '<key id="k" for="edge" attr.name="kind" attr.type="string"/>',
    );
    const { edges } = plan(loaded, { people: nodeIdAsName });
    expect(edges.edges.map((e) => e.fields.kind)).toEqual(['friendship']);
    expect(edges.problems).toEqual([
      {
        line: 2,
        column: 'kind',
        reason: '“rivalry” is not matched: choose one for it under Values',
      },
    ]);
  });
});

describe('planNetworkImport', () => {
  it('makes a person of every node, an association of every edge, and places them', () => {
    const p = plan(fixture('network/networkx-les-miserables.gexf'));
    expect(p.people).toHaveLength(77);
    expect(p.people.map((x) => x.displayName)).toContain('Valjean');
    expect(p.positions).toHaveLength(77);
    expect(p.associations).toHaveLength(254);
    expect(p.result.edgesLeftOut).toBe(0);
    const ids = new Set(p.people.map((x) => x.id));
    expect(p.associations.every((a) => ids.has(a.fromId) && ids.has(a.toId))).toBe(true);
    expect(p.associations.every((a) => a.boardId === BOARD)).toBe(true);
  });

  it('brings back our own export’s indicators and contexts as they were written', () => {
    const p = plan(fixture('exports/training.gexf'));
    const kyle = p.people.find((x) => x.displayName === 'Kyle Brennan')!;
    expect(kyle.indicators.map((i) => i.kind)).toEqual(['exclusion', 'money-gifts']);
    expect(kyle.tags).toEqual(['cce-concern', 'yos-open']);
  });

  describe('a node that is likely someone on the board already', () => {
    // Kyle Brennan (node t2, the first) is on the board with the same date of birth.
    const index = emptyIndex([
      {
        id: 'kyle-here',
        displayName: 'Kyle Brennan',
        fullName: '',
        reference: '',
        dateOfBirth: '2010-04-22',
      },
    ]);
    const training = fixture('exports/training.gexf');
    const kyleEdges = training.file.edges.filter((e) => e.source === 't2' || e.target === 't2');

    it('is merged on request: no new person, and the file’s edges join the person already there', () => {
      const p = plan(training, { index, choices: new Map([[1, 'merge']]) });
      expect(p.rows.duplicates).toEqual([
        expect.objectContaining({ line: 1, existingId: 'kyle-here' }),
      ]);
      expect(p.people).toHaveLength(15);
      expect(p.people.map((x) => x.displayName)).not.toContain('Kyle Brennan');
      expect(p.result.merges).toEqual([
        expect.objectContaining({ table: 'people', id: 'kyle-here' }),
      ]);
      const joined = p.associations.filter(
        (a) => a.fromId === 'kyle-here' || a.toId === 'kyle-here',
      );
      expect(joined).toHaveLength(kyleEdges.length);
      expect(p.result.edgesLeftOut).toBe(0);
    });

    it('is skipped by default, and its edges are left out and counted', () => {
      const p = plan(training, { index });
      expect(p.people).toHaveLength(15);
      expect(p.result.merges).toEqual([]);
      expect(p.result.counts.skipped).toBe(1);
      expect(p.associations).toHaveLength(22 - kyleEdges.length);
      expect(p.result.edgesLeftOut).toBe(kyleEdges.length);
      expect(p.associations.some((a) => a.fromId === 'kyle-here' || a.toId === 'kyle-here')).toBe(
        false,
      );
      expect(p.memberships.some((m) => m.personId === 'kyle-here')).toBe(false);
    });

    it('is added as a new person on request', () => {
      const p = plan(training, { index, choices: new Map([[1, 'new']]) });
      expect(p.people).toHaveLength(16);
      const kyle = p.people.find((x) => x.displayName === 'Kyle Brennan')!;
      expect(kyle.id).not.toBe('kyle-here');
      expect(p.associations.filter((a) => a.fromId === kyle.id || a.toId === kyle.id)).toHaveLength(
        kyleEdges.length,
      );
    });
  });

  it('finds groups by name on the board, makes the others, with each member’s role', () => {
    const brookside: Pick<Group, 'id' | 'name'> = { id: 'g-here', name: 'brookside parade GROUP' };
    const p = plan(fixture('exports/training.gexf'), {
      board: emptyBoard({ groups: [brookside] }),
    });
    expect(p.groups.map((g) => g.name)).toEqual(['Year 10 friendship group']);
    const year10 = p.groups[0]!.id;
    const nameOf = new Map(p.people.map((x) => [x.id, x.displayName]));
    const inGroup = (groupId: string) =>
      p.memberships
        .filter((m) => m.groupId === groupId)
        .map((m) => `${nameOf.get(m.personId)} ${m.role}`);
    expect(inGroup('g-here')).toHaveLength(6);
    expect(inGroup('g-here')).toContain('Kyle Brennan leader');
    expect(inGroup(year10)).toHaveLength(6);
    expect(p.memberships).toHaveLength(12);
    // One node is in both groups, with a role in each.
    const both = p.people.filter(
      (x) => p.memberships.filter((m) => m.personId === x.id).length === 2,
    );
    expect(both).toHaveLength(1);
    expect(p.memberships.filter((m) => m.personId === both[0]!.id).map((m) => m.role)).toEqual([
      'peripheral',
      'follower',
    ]);
  });

  it('keeps the file’s positions on an empty board', () => {
    const p = plan(fixture('exports/training.gexf'));
    const kyle = p.people.find((x) => x.displayName === 'Kyle Brennan')!;
    expect(p.positions.find((q) => q.nodeId === kyle.id)).toMatchObject({ x: 200, y: 260 });
  });

  it('moves the file’s positions clear of the people already drawn, keeping their shape', () => {
    const alone = plan(fixture('exports/training.gexf'));
    const drawn = [
      { x: 0, y: -50 },
      { x: 900, y: 400 },
    ];
    const moved = plan(fixture('exports/training.gexf'), {
      board: emptyBoard({ positions: drawn }),
    });
    const at = (p: typeof alone) =>
      new Map(p.positions.map((q) => [p.people.find((x) => x.id === q.nodeId)!.displayName, q]));
    const before = at(alone);
    const after = at(moved);
    const minX = Math.min(...[...after.values()].map((q) => q.x));
    const minY = Math.min(...[...after.values()].map((q) => q.y));
    expect(minX).toBe(900 + 2 * GRID_STEP);
    expect(minY).toBe(-50);
    const dx = after.get('Kyle Brennan')!.x - before.get('Kyle Brennan')!.x;
    const dy = after.get('Kyle Brennan')!.y - before.get('Kyle Brennan')!.y;
    for (const [name, q] of before)
      expect(after.get(name)).toMatchObject({ x: q.x + dx, y: q.y + dy });
  });

  it('counts an edge to a node left out for a problem as left out', () => {
    // The second node has no name: it is left out, and so is the edge that names it.
    const loaded = graphml(
      'nameless.graphml',
      '<node id="a"><data key="n">Asha</data></node><node id="b"/><node id="c"><data key="n">Cal</data></node>' +
        '<edge source="a" target="b"/><edge source="a" target="c"/>',
      '<key id="n" for="node" attr.name="name" attr.type="string"/>',
    );
    const p = plan(loaded);
    expect(p.rows.problems).toEqual([expect.objectContaining({ line: 2 })]);
    expect(p.people.map((x) => x.displayName)).toEqual(['Asha', 'Cal']);
    expect(p.associations).toHaveLength(1);
    expect(p.result.edgesLeftOut).toBe(1);
  });

  it('does not add an association the board already has between the same two people', () => {
    // Ana and Ben are matched by their case reference (the node id here), and merged.
    const index = emptyIndex([
      { id: 'ana', displayName: 'Ana', fullName: '', reference: 'Ana', dateOfBirth: null },
      { id: 'ben', displayName: 'Ben', fullName: '', reference: 'Ben', dateOfBirth: null },
    ]);
    const byReference = (m: ColumnMapping) => m.map((t, i) => (i === 0 ? 'reference' : t));
    const loaded = graphml(
      'again.graphml',
      '<node id="Ana"><data key="n">Ana</data></node><node id="Ben"><data key="n">Ben</data></node>' +
        '<node id="Cy"><data key="n">Cy</data></node>' +
        '<edge source="Ben" target="Ana"><data key="k">friendship</data></edge>' +
        '<edge source="Ben" target="Cy"><data key="k">friendship</data></edge>',
      '<key id="n" for="node" attr.name="name" attr.type="string"/>' +
        '<key id="k" for="edge" attr.name="kind" attr.type="string"/>',
    );
    const p = plan(loaded, {
      people: byReference,
      index,
      choices: new Map([
        [1, 'merge'],
        [2, 'merge'],
      ]),
      board: emptyBoard({
        associations: [{ fromId: 'ana', toId: 'ben', kind: 'friendship' }],
      }),
    });
    expect(p.rows.duplicates.map((d) => d.existingId)).toEqual(['ana', 'ben']);
    expect(p.people.map((x) => x.displayName)).toEqual(['Cy']);
    expect(p.associations).toHaveLength(1);
    expect(p.associations[0]).toMatchObject({ fromId: 'ben', toId: p.people[0]!.id });
    expect(p.result.edgesLeftOut).toBe(0);
  });
});
