import { expect, test, type Page } from '@playwright/test';
import { addTrainingBoard, openBoard, start, TRAINING_TITLE } from './pages/app';
import {
  addPersonByKeyboard,
  canvas,
  storedRecords,
  toolbarButton,
  waitForDrawn,
} from './pages/board';
import {
  csvReads,
  exportData,
  networkxReads,
  networkxRefuses,
  ogrinfoReads,
  xmlReads,
  type NetworkRead,
} from './pages/exports';

/**
 * The training board exported through the Export menu's data formats, each file then opened by
 * the real client it is for, run as a separate program: Debian's networkx reads the GraphML and
 * the GEXF, GDAL's ogrinfo the GeoJSON, Python's csv module the CSV. What they read must be what
 * the app holds.
 */

interface Stored {
  id: string;
  boardId: string;
  [field: string]: unknown;
}
interface Person extends Stored {
  displayName: string;
  fullName: string;
  initials: string;
  kind: string;
  riskLevel: string;
  harmRole: string;
  notes: string;
}
interface Association extends Stored {
  fromId: string;
  toId: string;
  kind: string;
  directed: boolean;
  confidence: string;
}
interface Place extends Stored {
  name: string;
  kind: string;
  riskLevel: string;
  geometry: { type: string } | null;
}
interface Position extends Stored {
  nodeId: string;
  diagram: string;
  x: number;
  y: number;
}

/** The board's records as stored in the app's IndexedDB database. */
async function held(page: Page, boardId: string) {
  const of = async <T extends Stored>(table: string) =>
    (await storedRecords<T>(page, table)).filter((r) => r.boardId === boardId);
  return {
    people: await of<Person>('people'),
    associations: await of<Association>('associations'),
    places: await of<Place>('places'),
    incidents: await of<Stored>('incidents'),
    positions: (await of<Position>('positions')).filter((p) => p.diagram === 'network'),
  };
}

let boardId = '';
test.beforeEach(async ({ page }) => {
  await start(page);
  await addTrainingBoard(page);
  boardId = await openBoard(page, TRAINING_TITLE);
  await waitForDrawn(page, 16, 22);
});

/** networkx read the same people and associations, with their labels and key attributes. */
async function expectSameNetwork(page: Page, read: NetworkRead): Promise<void> {
  const board = await held(page, boardId);
  expect(read.nodes).toBe(board.people.length);
  expect(read.edges).toBe(board.associations.length);
  for (const p of board.people) {
    const node = read.people[p.id];
    expect(node, `${p.displayName} is a node`).toBeDefined();
    expect(node).toMatchObject({
      label: p.displayName,
      kind: p.kind,
      riskLevel: p.riskLevel,
      harmRole: p.harmRole,
    });
    const at = board.positions.find((q) => q.nodeId === p.id)!;
    expect(node!.position).toEqual([at.x, at.y]);
  }
  const byId = new Map(read.associations.map((a) => [a.id, a]));
  for (const a of board.associations) {
    expect(byId.get(a.id), `association ${a.id}`).toMatchObject({
      source: a.fromId,
      target: a.toId,
      kind: a.kind,
      directed: a.directed,
      confidence: a.confidence,
    });
  }
}

test('networkx reads the GraphML and the GEXF as the board holds them', async ({ page }) => {
  const [graphml] = await exportData(page, 'GraphML network');
  expect(graphml!.name).toMatch(
    /^Training Harrowfield peer-group mapping \(fictional\) \d{4}-\d{2}-\d{2}\.graphml$/,
  );
  const fromGraphml = networkxReads(graphml!.path);
  expect(fromGraphml).toMatchObject({ type: 'DiGraph', nodes: 16, edges: 22 });
  await expectSameNetwork(page, fromGraphml);
  expect(fromGraphml.graph).toMatchObject({
    title: TRAINING_TITLE,
    marking: 'OFFICIAL-SENSITIVE',
    redaction: expect.stringMatching(/^Not redacted/) as unknown as string,
  });
  // Groups and roles travel with each person, in the board's group order.
  const kyle = Object.values(fromGraphml.people).find((p) => p.label === 'Kyle Brennan')!;
  expect(JSON.parse(kyle.groups)).toEqual(['Brookside Parade group']);
  expect(JSON.parse(kyle.groupRoles)).toEqual(['leader']);
  expect(kyle.fullName).toBe('Kyle Anthony Brennan');

  const [gexf] = await exportData(page, 'GEXF network');
  expect(gexf!.name).toMatch(/\.gexf$/);
  const fromGexf = networkxReads(gexf!.path);
  expect(fromGexf).toMatchObject({ type: 'DiGraph', nodes: 16, edges: 22 });
  await expectSameNetwork(page, fromGexf);
  const xml = xmlReads(gexf!.path);
  expect(xml.attrs.gexf).toMatchObject({ version: '1.2' });
  expect(xml.texts.description).toContain('Not redacted');
});

test('a mixed graph keeps each association one way or both ways', async ({ page }) => {
  const mixed = /^Each association as recorded/;
  const [graphml] = await exportData(page, 'GraphML network', { associations: mixed });
  const [gexf] = await exportData(page, 'GEXF network', { associations: mixed });
  const { associations } = await held(page, boardId);
  const oneWay = new Set(associations.filter((a) => a.directed).map((a) => a.id));
  expect(oneWay.size).toBeGreaterThan(0);
  expect(oneWay.size).toBeLessThan(associations.length);

  const g = xmlReads(graphml!.path);
  expect(g.attrs.graph).toMatchObject({ edgedefault: 'undirected' });
  expect(g.edges).toHaveLength(associations.length);
  for (const e of g.edges) expect(e.directed === 'true').toBe(oneWay.has(e.id));

  const x = xmlReads(gexf!.path);
  expect(x.edges).toHaveLength(associations.length);
  for (const e of x.edges)
    expect(e.type ?? 'directed').toBe(oneWay.has(e.id) ? 'directed' : 'undirected');
  // As the dialog says: networkx 2.8 reads no mixed graph, in either format.
  expect(networkxRefuses(graphml!.path)).toContain('directed=true edge found in undirected graph');
  expect(networkxRefuses(gexf!.path)).toContain('Undirected edge found in directed graph');
});

test('ogrinfo reads the GeoJSON places and incidents as the board holds them', async ({ page }) => {
  const [geojson] = await exportData(page, 'GeoJSON map');
  expect(geojson!.name).toMatch(/\.geojson$/);
  const board = await held(page, boardId);
  const read = ogrinfoReads(geojson!.path);
  expect(read.layer).toBe(TRAINING_TITLE);
  expect(read.count).toBe(board.places.length + board.incidents.length);
  expect(read.geometry).toBe('Unknown (any)');
  expect(read.description).toContain('Not redacted');
  expect(read.fieldTypes).toMatchObject({
    recordType: 'String',
    name: 'String',
    riskLevel: 'String',
    harmKinds: 'StringList',
  });
  const places = read.features.filter((f) => f.fields.recordType === 'place');
  expect(places).toHaveLength(board.places.length);
  for (const p of board.places) {
    const f = places.find((q) => q.fields.id === p.id);
    expect(f, p.name).toBeDefined();
    expect(f!.fields).toMatchObject({ name: p.name, kind: p.kind, riskLevel: p.riskLevel });
    const wkt = { Point: /^POINT \(/, Polygon: /^POLYGON \(\(/ }[p.geometry?.type ?? ''];
    if (wkt) expect(f!.geometry).toMatch(wkt);
    else expect(f!.geometry).toBeNull();
  }
  const incidents = read.features.filter((f) => f.fields.recordType === 'incident');
  expect(incidents.map((f) => f.fields.id).sort()).toEqual(board.incidents.map((i) => i.id).sort());
  // Each incident sits at a point: its place's middle or its own; the online one has none.
  expect(incidents.filter((f) => f.geometry?.startsWith('POINT ('))).toHaveLength(5);
  // Longitude first, within Harrowfield.
  for (const f of read.features.filter((q) => q.geometry?.startsWith('POINT ('))) {
    const [lng, lat] = /POINT \(([-\d.]+) ([-\d.]+)\)/.exec(f.geometry!)!.slice(1).map(Number);
    expect(lng).toBeCloseTo(-1.5, 0);
    expect(lat).toBeCloseTo(53.4, 0);
  }
});

/** Every name of the training board's people that presenter-safe must keep out of a file. */
function namesToHide(people: readonly Person[]): string[] {
  return people.flatMap((p) => [p.displayName, p.fullName]).filter((n) => n.trim().length > 2);
}

test('presenter-safe exports are redacted by default: no names or notes, and they say so', async ({
  page,
}) => {
  const safe = toolbarButton(page, /^Presenter-safe/);
  await safe.click();
  await expect(safe).toHaveAttribute('aria-pressed', 'true');
  const { people } = await held(page, boardId);
  const hidden = namesToHide(people);
  expect(hidden).toContain('Kyle Anthony Brennan');
  const note = 'Older adult reported to be giving Kyle money';
  expect(people.some((p) => p.notes.includes(note))).toBe(true);

  const dialogDefault = async () => {
    const files = [
      ...(await exportData(page, 'GraphML network')),
      ...(await exportData(page, 'GEXF network')),
      ...(await exportData(page, 'GeoJSON map')),
      ...(await exportData(page, 'CSV tables', {}, 5)),
    ];
    return files;
  };
  const files = await dialogDefault();
  expect(files.map((f) => f.name.replace(/^.* \d{4}-\d{2}-\d{2} /, ''))).toEqual([
    '(redacted).graphml',
    '(redacted).gexf',
    '(redacted).geojson',
    'people (redacted).csv',
    'associations (redacted).csv',
    'places (redacted).csv',
    'incidents (redacted).csv',
    'actions (redacted).csv',
  ]);
  for (const f of files) {
    for (const name of hidden) expect(f.text, `${name} in ${f.name}`).not.toContain(name);
    expect(f.text, f.name).not.toContain(note);
    expect(f.text, f.name).not.toContain('Fight by the skate ramp');
  }
  const statement = /^Redacted: people are named by initials only/;
  const [graphml, gexf, geojson, peopleCsv] = files;
  const read = networkxReads(graphml!.path);
  expect(read.graph.redaction).toMatch(statement);
  expect(Object.values(read.people).map((p) => p.label)).toContain('KB');
  expect(xmlReads(gexf!.path).texts.description).toContain(
    'Redacted: people are named by initials',
  );
  expect(ogrinfoReads(geojson!.path).description).toContain(
    'Redacted: people are named by initials',
  );
  const rows = csvReads(peopleCsv!.path);
  const column = rows[0]!.indexOf('Redaction');
  expect(column).toBe(rows[0]!.length - 1);
  for (const row of rows.slice(1)) expect(row[column]).toMatch(statement);
});

test('CSV cells that would start a formula are saved as text; HTML in a name stays text', async ({
  page,
}) => {
  const hostile = ['=HYPERLINK("http://x")', '@SUM(A1)', '<b>Bold</b> & "Co" 🙂'];
  await canvas(page).focus();
  for (const name of hostile) await addPersonByKeyboard(page, boardId, name);

  const files = await exportData(
    page,
    'CSV tables',
    { untick: ['Places', 'Incidents', 'Actions'] },
    2,
  );
  expect(files.map((f) => f.name)).toEqual([
    expect.stringMatching(/ people\.csv$/),
    expect.stringMatching(/ associations\.csv$/),
  ]);
  const [peopleCsv, associationsCsv] = files;
  // UTF-8 with a byte-order mark for Excel, and CRLF line ends.
  expect([...peopleCsv!.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(peopleCsv!.text.split('\r\n').length).toBeGreaterThan(16);
  expect(peopleCsv!.text.replace(/\r\n/g, '')).not.toMatch(/\n(?=[^"]*$)/);

  const rows = csvReads(peopleCsv!.path);
  const name = rows[0]!.indexOf('Name shown');
  const names = rows.slice(1).map((r) => r[name]);
  expect(rows).toHaveLength(1 + 16 + hostile.length);
  expect(names).toContain(`'=HYPERLINK("http://x")`);
  expect(names).toContain(`'@SUM(A1)`);
  expect(names).toContain('<b>Bold</b> & "Co" 🙂');
  expect(names).toContain('Kyle Brennan');
  // Vocabulary values as their labels.
  const risk = rows[0]!.indexOf('Risk level');
  expect(rows.find((r) => r[name] === 'Kyle Brennan')![risk]).toBe('Significant');

  const links = csvReads(associationsCsv!.path);
  expect(links[0]!.slice(0, 6)).toEqual([
    'ID',
    'From',
    'From ID',
    'To',
    'To ID',
    'One way (from → to)',
  ]);
  expect(links).toHaveLength(1 + 22);

  // The same names reach networkx exactly as typed, through the GraphML's escaping.
  const [graphml] = await exportData(page, 'GraphML network');
  const labels = Object.values(networkxReads(graphml!.path).people).map((p) => p.label);
  for (const n of hostile) expect(labels).toContain(n);
});
