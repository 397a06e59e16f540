import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addTrainingBoard,
  createBoard,
  headerButton,
  openBoard,
  start,
  TRAINING_TITLE,
} from './pages/app';
import { expectCounts, storedRecords, toolbarButton, waitForDrawn } from './pages/board';
import { exportData } from './pages/exports';
import { rawDatabaseDump } from './pages/storage';

/**
 * GraphML and GEXF import through the board's Import menu: files written by networkx (Debian's,
 * run here), the app's own exports brought back, and hostile XML refused with nothing stored.
 */

const HOSTILE = 'tests/fixtures/hostile';

const dialogOf = (page: Page): Locator =>
  page.getByRole('dialog', { name: 'Import a network (GraphML or GEXF)' });

async function openNetworkImport(page: Page): Promise<Locator> {
  await toolbarButton(page, 'Import').click();
  await page
    .getByRole('menu', { name: 'Import into this board from' })
    .getByRole('menuitem', { name: 'Network file (GraphML, GEXF)…' })
    .click();
  const dialog = dialogOf(page);
  await expect(dialog.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
  return dialog;
}

async function chooseNetwork(dialog: Locator, path: string): Promise<void> {
  await dialog.getByLabel('GraphML or GEXF file').setInputFiles(path);
}

async function next(dialog: Locator, heading: string): Promise<void> {
  await dialog.getByRole('button', { name: /^Next: / }).click();
  await expect(dialog.getByRole('heading', { name: heading, exact: true })).toBeVisible();
}

/** From the file to the check step with the guessed mapping, then Import; waits until stored. */
async function importAsGuessed(
  dialog: Locator,
  people: number,
  associations: number,
): Promise<void> {
  await expect(dialog.getByRole('heading', { name: 'Match the attributes' })).toBeVisible();
  await next(dialog, 'Match the values');
  await next(dialog, 'Check the nodes and edges');
  const button = dialog.getByRole('button', {
    name: new RegExp(
      `^Import ${people.toLocaleString('en-GB')} (person|people) and ${associations.toLocaleString('en-GB')} associations?`,
    ),
  });
  await button.click();
  await expect(dialog).toBeHidden();
}

/** Debian's networkx writes one of its classic graphs; returns the file's path. */
function networkxWrites(dir: string, file: string, graph: string): string {
  const path = join(dir, file);
  const write = file.endsWith('.gexf') ? 'nx.write_gexf' : 'nx.write_graphml';
  execFileSync('/usr/bin/python3', [
    '-c',
    `import networkx as nx\n${write}(${graph}, ${JSON.stringify(path)})`,
  ]);
  return path;
}

async function emptyBoard(page: Page, title: string): Promise<string> {
  await start(page);
  const id = await createBoard(page, { title });
  await waitForDrawn(page, 0);
  return id;
}

test('classic graphs written by networkx come in with matching counts, and one undo takes each away', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-networkx-'));
  const karate = networkxWrites(dir, 'karate.graphml', 'nx.karate_club_graph()');
  const miserables = networkxWrites(dir, 'miserables.gexf', 'nx.les_miserables_graph()');
  const boardId = await emptyBoard(page, 'Networkx graphs');

  let dialog = await openNetworkImport(page);
  await chooseNetwork(dialog, karate);
  await expect(
    dialog.getByText('“karate.graphml” (GraphML): 34 nodes and 78 edges.'),
  ).toBeVisible();
  // No attribute names the person: the node id does (karate's nodes are numbered).
  await dialog
    .getByRole('combobox', { name: 'Field for column Node id' })
    .selectOption('displayName');
  await importAsGuessed(dialog, 34, 78);
  await expectCounts(page, 34, 78);

  dialog = await openNetworkImport(page);
  await chooseNetwork(dialog, miserables);
  await expect(dialog.getByText('(GEXF): 77 nodes and 254 edges.')).toBeVisible();
  await importAsGuessed(dialog, 77, 254);
  await expectCounts(page, 34 + 77, 78 + 254);
  const people = await storedRecords<{ boardId: string; displayName: string }>(page, 'people');
  expect(people.filter((p) => p.boardId === boardId).map((p) => p.displayName)).toContain(
    'Valjean',
  );

  await headerButton(page, 'Undo').click();
  await expectCounts(page, 34, 78);
  await headerButton(page, 'Undo').click();
  await expectCounts(page, 0, 0);
});

test('a network exported as GraphML and as GEXF comes back with the same people, associations, groups and places on the diagram', async ({
  page,
}) => {
  await start(page);
  await addTrainingBoard(page);
  const trainingId = await openBoard(page, TRAINING_TITLE);
  const [graphml] = await exportData(page, 'GraphML network');
  const [gexf] = await exportData(page, 'GEXF network', {
    associations: /^Each association as recorded/,
  });
  const all = async <T>(table: string, boardId: string) =>
    (await storedRecords<T & { boardId: string }>(page, table)).filter(
      (r) => r.boardId === boardId,
    );
  type P = {
    id: string;
    displayName: string;
    riskLevel: string;
    kind: string;
    harmRole: string;
    tags: string[];
    indicators: unknown[];
    contexts: unknown;
    age: number | null;
  };
  type A = {
    fromId: string;
    toId: string;
    kind: string;
    directed: boolean;
    confidence: string;
    firstReported: string | null;
  };
  const shape = async (boardId: string) => {
    const people = await all<P>('people', boardId);
    const nameOf = new Map(people.map((p) => [p.id, p.displayName]));
    const groups = await all<{ id: string; name: string }>('groups', boardId);
    const groupName = new Map(groups.map((g) => [g.id, g.name]));
    const memberships = await all<{ groupId: string; personId: string; role: string }>(
      'memberships',
      boardId,
    );
    const positions = await all<{ nodeId: string; diagram: string; x: number; y: number }>(
      'positions',
      boardId,
    );
    return {
      where: positions
        .filter((p) => p.diagram === 'network' && nameOf.has(p.nodeId))
        .map((p) => `${nameOf.get(p.nodeId)} at ${Math.round(p.x)},${Math.round(p.y)}`)
        .sort(),
      people: people
        .map(({ displayName, riskLevel, kind, harmRole, tags, indicators, contexts, age }) => ({
          displayName,
          riskLevel,
          kind,
          harmRole,
          tags,
          indicators: indicators.length,
          contexts,
          age,
        }))
        .sort((a, b) => a.displayName.localeCompare(b.displayName)),
      associations: (await all<A>('associations', boardId))
        .map((a) => ({
          from: nameOf.get(a.fromId),
          to: nameOf.get(a.toId),
          kind: a.kind,
          directed: a.directed,
          confidence: a.confidence,
          firstReported: a.firstReported,
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      memberships: memberships
        .map((m) => `${nameOf.get(m.personId)} in ${groupName.get(m.groupId)} as ${m.role}`)
        .sort(),
    };
  };
  const original = await shape(trainingId);
  expect(original.people.length).toBe(16);

  for (const saved of [graphml!, gexf!]) {
    await page.goto('/?e2e#/');
    const copyId = await createBoard(page, { title: `Back from ${saved.name}` });
    await waitForDrawn(page, 0);
    const dialog = await openNetworkImport(page);
    await chooseNetwork(dialog, saved.path);
    await expect(
      dialog.getByText(/Also brought in as Peers & Places wrote them: indicators/),
    ).toBeVisible();
    await next(dialog, 'Match the values');
    await next(dialog, 'Check the nodes and edges');
    await dialog.screenshot({
      path: `test-results/shots/network-import-check-${saved.name.split('.').pop()}.png`,
    });
    await dialog.getByRole('button', { name: 'Import 16 people and 22 associations' }).click();
    await expect(dialog).toBeHidden();
    await expectCounts(page, 16, 22);
    expect(await shape(copyId)).toEqual(original);
  }
});

test('hostile network files are refused with the file, the place and the reason, and nothing stored changes', async ({
  page,
}) => {
  await emptyBoard(page, 'Hostile files');
  const cases: [string, RegExp][] = [
    [
      'xml-billion-laughs.graphml',
      /xml-billion-laughs\.graphml: line 2: the file declares a document type/,
    ],
    [
      'xml-external-entity.gexf',
      /xml-external-entity\.gexf: line 2: the file declares a document type/,
    ],
    [
      'graphml-dangling-edge.graphml',
      /graphml-dangling-edge\.graphml: edge “e2”: its target “n9” is not a node in the file/,
    ],
    [
      'graphml-truncated.graphml',
      /graphml-truncated\.graphml: line \d+, column \d+: the XML is not well formed/,
    ],
    [
      'gexf-proto-attribute.gexf',
      /gexf-proto-attribute\.gexf: <attribute>: an attribute is named “__proto__”/,
    ],
    [
      'xml-not-a-network.graphml',
      /xml-not-a-network\.graphml: line 1: this is XML, but a <svg> file/,
    ],
  ];
  const before = await rawDatabaseDump(page);
  const dialog = await openNetworkImport(page);
  for (const [file, message] of cases) {
    await chooseNetwork(dialog, join(HOSTILE, file));
    await expect(dialog.getByRole('alert')).toHaveText(message);
    await expect(dialog.getByRole('alert')).toContainText('Nothing was imported.');
  }
  expect(await rawDatabaseDump(page)).toBe(before);

  // HTML in labels is a name like any other: shown as text, never as markup.
  await chooseNetwork(dialog, join(HOSTILE, 'gexf-html-in-labels.gexf'));
  await importAsGuessed(dialog, 2, 1);
  await expect(page.getByRole('option', { name: /<img src=x onerror=alert\(1\)>/ })).toBeVisible();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(readFileSync(join(HOSTILE, 'gexf-html-in-labels.gexf'), 'utf8')).toContain(
    '&lt;script&gt;',
  );
});
