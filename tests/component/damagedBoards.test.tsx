import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBoard } from '../../src/commands/boards/createBoard';
import { setUserName } from '../../src/commands/identity';
import { addPerson } from '../../src/commands/people/addPerson';
import type { PeersDb } from '../../src/db/database';
import { BoardListPage } from '../../src/features/boards/BoardListPage';
import { freshDb } from '../unit/dbHelpers';
import { mustRun } from '../unit/busHelpers';
import { installDialogPolyfill, resetStores } from './componentHelpers';

let d: PeersDb;

beforeAll(installDialogPolyfill);

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam Practitioner');
});

const board = (title: string) => ({
  title,
  purpose: 'Map peer groups around the park',
  owner: 'Sam',
  reviewDate: '2099-01-01',
});

/** Two boards, one of them then damaged in storage (its title became a number). */
async function oneGoodOneDamaged() {
  await mustRun(createBoard('good', board('Town centre')));
  await mustRun(createBoard('bad', board('Harrowfield park')));
  await mustRun(addPerson('bad', 'bad-p1', { displayName: 'Ali' }, { x: 0, y: 0 }));
  const stored = await d.boards.get('bad');
  await d.boards.put({ ...stored!, title: 42 as unknown as string });
}

async function renderPage() {
  const user = userEvent.setup();
  render(<BoardListPage />);
  await waitFor(() => expect(screen.queryByText('Loading boards…')).not.toBeInTheDocument());
  return user;
}

describe('a board whose record is damaged', () => {
  it('is a row saying it could not be read, what is wrong and that it is kept aside', async () => {
    await oneGoodOneDamaged();
    await renderPage();
    const row = await screen.findByRole('listitem', {
      name: 'A board could not be read (damaged)',
    });
    expect(row).toHaveTextContent('The title is missing or not the right kind of value');
    expect(row).toHaveTextContent('kept aside, not deleted');
    expect(row).not.toHaveTextContent('title:');
    // The good board is listed as usual, and nothing is called "not on this device".
    expect(screen.getByRole('listitem', { name: 'Town centre' })).toBeInTheDocument();
    expect(screen.queryByText(/not on this device/)).not.toBeInTheDocument();
    expect(await d.boards.get('bad')).toBeDefined();
  });

  it('"Keep it aside" changes nothing; "Remove it" removes it and what is stored with it, only', async () => {
    await oneGoodOneDamaged();
    const user = await renderPage();
    const row = await screen.findByRole('listitem', {
      name: 'A board could not be read (damaged)',
    });

    await user.click(within(row).getByRole('button', { name: 'Remove it' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Remove the damaged board?' });
    expect(await within(dialog).findByText('1 person')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('It cannot be undone');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it aside' }));
    expect(await d.boards.get('bad')).toBeDefined();

    await user.click(within(row).getByRole('button', { name: 'Remove it' }));
    dialog = screen.getByRole('alertdialog', { name: 'Remove the damaged board?' });
    await within(dialog).findByText('1 person');
    await user.click(within(dialog).getByRole('button', { name: 'Remove it' }));

    await waitFor(() =>
      expect(
        screen.queryByRole('listitem', { name: 'A board could not be read (damaged)' }),
      ).not.toBeInTheDocument(),
    );
    expect(await d.boards.get('bad')).toBeUndefined();
    expect(await d.people.where('boardId').equals('bad').count()).toBe(0);
    expect(await d.boards.get('good')).toBeDefined();
    expect(screen.getByRole('listitem', { name: 'Town centre' })).toBeInTheDocument();
    // No undo step is left: it would have to store the damaged record again.
    expect(screen.getByRole('button', { name: /^Undo/ })).not.toHaveAttribute(
      'title',
      expect.stringContaining('damaged') as string,
    );
  });
});

describe('deleting a board', () => {
  it('says a board file is the only copy afterwards, and offers to save one first', async () => {
    await mustRun(createBoard('b1', board('Town centre')));
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Delete Town centre' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Town centre”?' });
    expect(dialog).toHaveTextContent('a board file is the only copy');
    expect(within(dialog).getByRole('button', { name: 'Save board to file first' })).toBeVisible();
  });
});
