import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { runCommand } from '../../src/commands/bus';
import { createBoard } from '../../src/commands/boards/createBoard';
import { setUserName } from '../../src/commands/identity';
import { addPerson } from '../../src/commands/people/addPerson';
import type { PeersDb } from '../../src/db/database';
import { BoardListPage } from '../../src/features/boards/BoardListPage';
import { boardContentTables } from '../../src/domain/kinds';
import { useUi } from '../../src/state/uiStore';
import { freshDb } from '../unit/dbHelpers';
import { mustRun } from '../unit/busHelpers';
import { daysFromToday, installDialogPolyfill, resetStores } from './componentHelpers';

let d: PeersDb;

beforeAll(installDialogPolyfill);

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam Practitioner');
});

const board = (
  title: string,
  over: { owner?: string; reviewDate?: string; purpose?: string } = {},
) => ({
  title,
  purpose: over.purpose ?? 'Map peer groups around the park',
  owner: over.owner ?? 'Sam',
  reviewDate: over.reviewDate ?? '2099-01-01',
});

async function seedPeopleAndLink(boardId: string): Promise<void> {
  await mustRun(addPerson(boardId, `${boardId}-p1`, { displayName: 'Ali' }, { x: 0, y: 0 }));
  await mustRun(addPerson(boardId, `${boardId}-p2`, { displayName: 'Bea' }, { x: 100, y: 0 }));
  await mustRun(
    linkPeople(
      boardId,
      `${boardId}-a1`,
      { id: `${boardId}-p1`, name: 'Ali' },
      { id: `${boardId}-p2`, name: 'Bea' },
      'friendship',
    ),
  );
}

/** Renders the page and waits until the boards have loaded. */
async function renderPage() {
  const user = userEvent.setup();
  const view = render(<BoardListPage />);
  await waitFor(() => expect(screen.queryByText('Loading boards…')).not.toBeInTheDocument());
  return { user, ...view };
}

async function openNewBoardDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'New board' }));
  return screen.getByRole('dialog', { name: 'New board' });
}

describe('BoardListPage', () => {
  it('shows an empty state when there are no boards', async () => {
    await renderPage();
    expect(screen.getByRole('heading', { name: 'No boards yet' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Boards on this device' })).not.toBeInTheDocument();
  });

  describe('New board dialog', () => {
    it('refuses an empty title with an inline message and stores nothing', async () => {
      const { user } = await renderPage();
      const dialog = await openNewBoardDialog(user);
      await user.type(within(dialog).getByLabelText('Why are we mapping?'), 'Strategy meeting');
      await user.click(within(dialog).getByRole('button', { name: 'Create board' }));

      const alert = within(dialog).getByRole('alert');
      expect(alert).toHaveTextContent('Enter a title; it cannot be empty or only spaces');
      expect(within(dialog).getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
      expect(within(dialog).getByLabelText('Title')).toHaveAccessibleDescription(/Enter a title/);
      expect(await d.boards.count()).toBe(0);
      expect(screen.getByRole('dialog', { name: 'New board' })).toBeInTheDocument();
    });

    it('refuses a title of only spaces and stores nothing', async () => {
      const { user } = await renderPage();
      const dialog = await openNewBoardDialog(user);
      await user.type(within(dialog).getByLabelText('Title'), '    ');
      await user.type(within(dialog).getByLabelText('Why are we mapping?'), 'Strategy meeting');
      await user.click(within(dialog).getByRole('button', { name: 'Create board' }));

      expect(within(dialog).getByRole('alert')).toHaveTextContent(
        'Enter a title; it cannot be empty or only spaces',
      );
      expect(await d.boards.count()).toBe(0);
    });

    it('refuses an empty purpose and a review date in the past, each with its own message', async () => {
      const { user } = await renderPage();
      const dialog = await openNewBoardDialog(user);
      await user.type(within(dialog).getByLabelText('Title'), 'Town centre');
      const review = within(dialog).getByLabelText('Review date');
      await user.clear(review);
      await user.type(review, '2020-01-01');
      expect(review).toHaveValue('2020-01-01');
      await user.click(within(dialog).getByRole('button', { name: 'Create board' }));

      const messages = within(dialog)
        .getAllByRole('alert')
        .map((a) => a.textContent);
      expect(messages).toEqual([
        'Say why you are mapping: the purpose cannot be empty',
        'The review date has already passed; pick today or a later date',
      ]);
      expect(await d.boards.count()).toBe(0);
    });

    it('stores a valid board with its purpose, owner and review date, then opens it', async () => {
      const { user } = await renderPage();
      const dialog = await openNewBoardDialog(user);
      expect(within(dialog).getByLabelText('Owner')).toHaveValue('Sam Practitioner');

      await user.type(within(dialog).getByLabelText('Title'), 'Town centre');
      await user.type(
        within(dialog).getByLabelText('Why are we mapping?'),
        'Strategy meeting about the park group',
      );
      const owner = within(dialog).getByLabelText('Owner');
      await user.clear(owner);
      await user.type(owner, 'Jo Lead');
      const reviewDate = daysFromToday(30);
      const review = within(dialog).getByLabelText('Review date');
      await user.clear(review);
      await user.type(review, reviewDate);
      await user.click(within(dialog).getByRole('button', { name: 'Create board' }));

      await waitFor(() =>
        expect(screen.queryByRole('dialog', { name: 'New board' })).not.toBeInTheDocument(),
      );
      const stored = await d.boards.toArray();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        title: 'Town centre',
        purpose: 'Strategy meeting about the park group',
        owner: 'Jo Lead',
        reviewDate,
        classification: 'OFFICIAL-SENSITIVE',
        namePolicy: 'full',
      });
      expect(useUi.getState().route).toEqual({ name: 'board', boardId: stored[0]!.id });
      expect(await screen.findByRole('listitem', { name: 'Town centre' })).toBeInTheDocument();
    });

    it('Cancel closes the dialog without storing anything', async () => {
      const { user } = await renderPage();
      const dialog = await openNewBoardDialog(user);
      await user.type(within(dialog).getByLabelText('Title'), 'Not wanted');
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      expect(screen.queryByRole('dialog', { name: 'New board' })).not.toBeInTheDocument();
      expect(await d.boards.count()).toBe(0);
    });
  });

  it('lists boards with owner and review date, flagging an overdue review', async () => {
    await mustRun(
      createBoard('b-past', board('Old estate', { owner: 'Pat', reviewDate: '2020-01-01' })),
    );
    await mustRun(
      createBoard('b-future', board('Town centre', { owner: 'Sam', reviewDate: '2099-03-04' })),
    );
    await renderPage();

    const list = screen.getByRole('list', { name: 'Boards on this device' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    const past = within(list).getByRole('listitem', { name: 'Old estate' });
    expect(within(past).getByRole('heading', { name: 'Old estate' })).toBeInTheDocument();
    expect(within(past).getByText('Pat')).toBeInTheDocument();
    expect(within(past).getByText(/1 Jan 2020/)).toHaveTextContent('1 Jan 2020 (review overdue)');

    const future = within(list).getByRole('listitem', { name: 'Town centre' });
    expect(within(future).getByText('Sam')).toBeInTheDocument();
    expect(within(future).getByText(/4 Mar 2099/)).toHaveTextContent(/^4 Mar 2099$/);
    expect(future).not.toHaveTextContent('review overdue');
    expect(screen.queryByRole('heading', { name: 'No boards yet' })).not.toBeInTheDocument();
  });

  describe('Rename in place', () => {
    it('Escape cancels without storing', async () => {
      await mustRun(createBoard('b1', board('Town centre')));
      const { user } = await renderPage();
      await user.click(screen.getByRole('button', { name: 'Rename Town centre' }));
      const input = screen.getByRole('textbox', { name: 'New title' });
      expect(input).toHaveFocus();
      await user.clear(input);
      await user.type(input, 'Market square{Escape}');

      expect(screen.queryByRole('textbox', { name: 'New title' })).not.toBeInTheDocument();
      expect(screen.getByRole('heading', { name: 'Town centre' })).toBeInTheDocument();
      expect((await d.boards.get('b1'))?.title).toBe('Town centre');
    });

    it('refuses an empty title, then saves a new one', async () => {
      await mustRun(createBoard('b1', board('Town centre')));
      const { user } = await renderPage();
      await user.click(screen.getByRole('button', { name: 'Rename Town centre' }));
      const input = screen.getByRole('textbox', { name: 'New title' });
      await user.clear(input);
      await user.click(screen.getByRole('button', { name: 'Save title' }));

      expect(screen.getByRole('alert')).toHaveTextContent(
        'Enter a title; it cannot be empty or only spaces',
      );
      expect(screen.getByRole('textbox', { name: 'New title' })).toBeInTheDocument();
      expect((await d.boards.get('b1'))?.title).toBe('Town centre');

      await user.type(input, 'Market square{Enter}');
      expect(await screen.findByRole('heading', { name: 'Market square' })).toBeInTheDocument();
      expect(screen.queryByRole('textbox', { name: 'New title' })).not.toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      expect((await d.boards.get('b1'))?.title).toBe('Market square');
    });
  });

  describe('Delete', () => {
    it('names what will be lost; "Keep the board" keeps everything', async () => {
      await mustRun(createBoard('b1', board('Town centre')));
      await seedPeopleAndLink('b1');
      const { user } = await renderPage();
      await user.click(screen.getByRole('button', { name: 'Delete Town centre' }));

      const dialog = screen.getByRole('alertdialog', { name: 'Delete “Town centre”?' });
      expect(await within(dialog).findByText('2 people and 1 association')).toBeInTheDocument();
      await user.click(within(dialog).getByRole('button', { name: 'Keep the board' }));

      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(screen.getByRole('listitem', { name: 'Town centre' })).toBeInTheDocument();
      expect(await d.boards.get('b1')).toBeDefined();
      expect(await d.people.where('boardId').equals('b1').count()).toBe(2);
      expect(await d.associations.where('boardId').equals('b1').count()).toBe(1);
    });

    it('"Delete board" removes the board and everything with its id, leaving other boards alone', async () => {
      await mustRun(createBoard('b1', board('Town centre')));
      await seedPeopleAndLink('b1');
      await mustRun(createBoard('b2', board('Old estate')));
      await seedPeopleAndLink('b2');
      const { user } = await renderPage();
      await user.click(screen.getByRole('button', { name: 'Delete Town centre' }));
      const dialog = screen.getByRole('alertdialog', { name: 'Delete “Town centre”?' });
      await within(dialog).findByText('2 people and 1 association');
      await user.click(within(dialog).getByRole('button', { name: 'Delete board' }));

      await waitFor(() =>
        expect(screen.queryByRole('listitem', { name: 'Town centre' })).not.toBeInTheDocument(),
      );
      expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
      expect(screen.getByRole('listitem', { name: 'Old estate' })).toBeInTheDocument();

      expect(await d.boards.get('b1')).toBeUndefined();
      for (const t of boardContentTables) {
        const left = await d.table(t).where('boardId').equals('b1').toArray();
        if (t === 'changeLog') {
          // Only the audit entry of the deletion itself is kept.
          expect(
            left.map((e: { command: string }) => e.command),
            t,
          ).toEqual(['deleteBoard']);
        } else {
          expect(left, t).toEqual([]);
        }
      }
      expect(await d.boards.get('b2')).toBeDefined();
      expect(await d.people.where('boardId').equals('b2').count()).toBe(2);
      expect(await d.associations.where('boardId').equals('b2').count()).toBe(1);
    });
  });

  it('renders a board title containing HTML as text', async () => {
    const title = '<img src=x onerror=alert(1)>';
    const result = await runCommand(createBoard('b-xss', board(title, { owner: '<b>Owner</b>' })));
    expect(result.ok).toBe(true);
    const { container } = await renderPage();

    expect(screen.getByRole('heading', { name: title })).toHaveTextContent(title);
    expect(screen.getByText('<b>Owner</b>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});
