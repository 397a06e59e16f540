import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { undo } from '../../src/commands/bus';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { useBoardContent } from '../../src/db/queries';
import NetworkImportWizard from '../../src/features/import/NetworkImportWizard';
import { useStatus } from '../../src/state/statusStore';
import { boardWithPeople, dumpBoard } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { resetStores } from './componentHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea']);
});
afterEach(() => d.close());

/** The wizard over the live board, as the Import menu opens it. */
function Harness({ onClose }: { onClose: () => void }) {
  const content = useBoardContent('b1');
  if (!content) return <p>Opening board…</p>;
  return <NetworkImportWizard content={content} onClose={onClose} />;
}

const fileOf = (path: string) =>
  new File([readFileSync(path)], path.split('/').pop()!, { type: 'application/xml' });

async function open() {
  const user = userEvent.setup();
  const onClose = vi.fn();
  render(<Harness onClose={onClose} />);
  await screen.findByRole('heading', { name: 'Choose the file' });
  return { user, onClose };
}

const next = async (user: ReturnType<typeof userEvent.setup>, heading: string) => {
  await user.click(screen.getByRole('button', { name: /^Next: / }));
  await screen.findByRole('heading', { name: heading });
};

const field = (column: string) =>
  screen.getByRole('combobox', { name: `Field for column ${column}` });

describe('NetworkImportWizard', () => {
  it('shows a networkx file’s attributes, takes a changed field, counts what it will import, and imports in one step', async () => {
    const { user, onClose } = await open();
    await user.upload(
      screen.getByLabelText('GraphML or GEXF file'),
      fileOf('fixtures/network/networkx-directed.graphml'),
    );
    await screen.findByRole('heading', { name: 'Match the attributes' });
    expect(
      screen.getByText('“networkx-directed.graphml” (GraphML): 3 nodes and 2 edges.'),
    ).toBeVisible();

    // The nodes' table: networkx wrote only their ids, which no field is guessed for.
    const nodes = screen.getByRole('table', {
      name: 'Columns of the nodes of networkx-directed.graphml',
    });
    expect(within(nodes).getByRole('rowheader', { name: 'Node id' })).toBeVisible();
    expect(within(nodes).getByRole('cell', { name: 'Ana · Ben · Cy' })).toBeVisible();
    expect(field('Node id')).toHaveValue('');
    expect(screen.getByRole('list', { name: 'Still to choose' })).toHaveTextContent(/“Name shown”/);
    expect(screen.getByRole('button', { name: 'Next: match the values' })).toBeDisabled();
    // The edges' table: their kind is known.
    const edges = screen.getByRole('table', {
      name: 'Columns of the edges of networkx-directed.graphml',
    });
    expect(within(edges).getByRole('cell', { name: 'exploitation · friendship' })).toBeVisible();
    expect(field('kind')).toHaveValue('kind');

    await user.selectOptions(field('Node id'), 'displayName');
    expect(screen.queryByRole('list', { name: 'Still to choose' })).toBeNull();

    await next(user, 'Match the values');
    const kinds = screen.getByRole('region', { name: 'Values for Kind' });
    expect(within(kinds).getByRole('combobox', { name: 'Kind for “exploitation”' })).toHaveValue(
      'exploitation',
    );

    await next(user, 'Check the nodes and edges');
    expect(
      screen.getByText('3 people of 3 nodes and 2 associations of 2 edges can be imported.'),
    ).toBeVisible();
    const preview = screen.getByRole('table', {
      name: 'The first 3 people as they will be stored',
    });
    expect(within(preview).getAllByRole('row')[1]).toHaveTextContent(/1.*Ana/);
    expect(screen.queryByRole('region', { name: /^Problems with the/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Import 3 people and 2 associations' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const people = await d.people.where('boardId').equals('b1').toArray();
    expect(people.map((p) => p.displayName).sort()).toEqual(['Ali', 'Ana', 'Bea', 'Ben', 'Cy']);
    const idOf = new Map(people.map((p) => [p.displayName, p.id]));
    const associations = await d.associations.where('boardId').equals('b1').toArray();
    expect(associations).toHaveLength(2);
    expect(associations.find((a) => a.kind === 'exploitation')).toMatchObject({
      fromId: idOf.get('Ana'),
      toId: idOf.get('Ben'),
      directed: true,
    });
    expect(useStatus.getState().notices.at(-1)).toMatchObject({
      text: 'Import 3 people and 2 associations from “networkx-directed.graphml”.',
      undoScope: 'b1',
    });
    await undo('b1');
    expect(await d.people.where('boardId').equals('b1').count()).toBe(2);
    expect(await d.associations.where('boardId').equals('b1').count()).toBe(0);
  });

  it('records edges with no kind as the kind chosen, and counts the edges of nodes left out', async () => {
    const { user } = await open();
    await user.upload(
      screen.getByLabelText('GraphML or GEXF file'),
      fileOf('fixtures/network/networkx-karate.gexf'),
    );
    await screen.findByRole('heading', { name: 'Match the attributes' });
    // The label names each member; the club is left out, the edges' weight too.
    expect(field('label')).toHaveValue('displayName');
    expect(field('club')).toHaveValue('');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'An edge with no kind is recorded as' }),
      'family',
    );
    // The club taken as each member's case reference: the 34 members share two, so all but the
    // first of each are left out as repeats, and with them the edges that join them.
    await user.selectOptions(field('club'), 'reference');
    await next(user, 'Match the values');
    await next(user, 'Check the nodes and edges');
    const status = screen.getByText(/can be imported/);
    expect(status).toHaveTextContent(/^2 people of 34 nodes and \d+ associations? of 78 edges/);
    expect(status).toHaveTextContent(/edges join a node that is left out or skipped\.$/);
    const problems = screen.getByRole('region', {
      name: 'Problems with the nodes of networkx-karate.gexf',
    });
    expect(within(problems).getByRole('heading')).toHaveTextContent(
      '32 nodes of “networkx-karate.gexf” have problems and will be left out',
    );

    // The club left out again: every member and every edge, each edge a family association.
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.selectOptions(field('club'), '');
    await next(user, 'Match the values');
    await next(user, 'Check the nodes and edges');
    expect(
      screen.getByText('34 people of 34 nodes and 78 associations of 78 edges can be imported.'),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Import 34 people and 78 associations' }));
    await waitFor(async () =>
      expect(await d.associations.where('boardId').equals('b1').count()).toBe(78),
    );
    const kinds = new Set(
      (await d.associations.where('boardId').equals('b1').toArray()).map((a) => a.kind),
    );
    expect([...kinds]).toEqual(['family']);
  });

  it('refuses hostile files with the file, the place and the reason, storing nothing', async () => {
    const before = await dumpBoard(d, 'b1', { includeLog: true });
    const { user } = await open();
    const input = screen.getByLabelText('GraphML or GEXF file');
    await user.upload(input, fileOf('tests/fixtures/hostile/graphml-dangling-edge.graphml'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'graphml-dangling-edge.graphml: edge “e2”: its target “n9” is not a node in the file. Nothing was imported.',
    );
    await user.upload(input, fileOf('tests/fixtures/hostile/xml-billion-laughs.graphml'));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        /^xml-billion-laughs\.graphml: line 2: the file declares a document type.*Nothing was imported\.$/,
      ),
    );
    expect(screen.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
    expect(screen.queryByRole('button', { name: /^Next: / })).toBeNull();
    expect(await dumpBoard(d, 'b1', { includeLog: true })).toEqual(before);
  });

  it('refuses a file over the size limit from its size, naming the limit, before reading it', async () => {
    const { user } = await open();
    const big = fileOf('fixtures/network/networkx-karate.graphml');
    // A file claiming 101 MB: its size is checked before a byte is read, so it is never read.
    Object.defineProperty(big, 'size', { value: 101 * 1024 * 1024 });
    const read = vi.spyOn(big, 'text');
    await user.upload(screen.getByLabelText('GraphML or GEXF file'), big);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“networkx-karate.graphml” is 101 MB; network files of up to 100 MB can be imported.',
    );
    expect(read).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'Choose the file' })).toBeVisible();
  });

  it('shows HTML in labels as text, never as markup', async () => {
    const { user } = await open();
    await user.upload(
      screen.getByLabelText('GraphML or GEXF file'),
      fileOf('tests/fixtures/hostile/gexf-html-in-labels.gexf'),
    );
    await screen.findByRole('heading', { name: 'Match the attributes' });
    await next(user, 'Match the values');
    await next(user, 'Check the nodes and edges');
    const preview = screen.getByRole('table', { name: /as they will be stored/ });
    expect(within(preview).getByText('<img src=x onerror=alert(1)>')).toBeVisible();
    expect(preview.querySelector('img, script')).toBeNull();
  });
});
