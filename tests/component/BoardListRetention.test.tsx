import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBoard } from '../../src/commands/boards/createBoard';
import { setArchived } from '../../src/commands/boards/retention';
import { updateBoard } from '../../src/commands/boards/updateBoard';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { addDays, todayString } from '../../src/domain/dates';
import { BoardListPage } from '../../src/features/boards/BoardListPage';
import { boardFields, mustRun } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { installDialogPolyfill, resetStores } from './componentHelpers';

// The board list's retention prompt and archived boards (features/retention).

let d: PeersDb;
const past = addDays(todayString(), -2);

beforeAll(installDialogPolyfill);

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  sessionStorage.clear();
  setUserName('Sam Practitioner');
  await mustRun(createBoard('b1', { ...boardFields, title: 'Park north' }));
  await mustRun(createBoard('b2', { ...boardFields, title: 'Station south' }));
});

const boardRow = async (id: string) => (await d.boards.get(id))!;

async function renderPage() {
  const user = userEvent.setup();
  render(<BoardListPage />);
  await screen.findByRole('list', { name: 'Boards on this device' });
  return user;
}

describe('the retention prompt', () => {
  it('lists boards past their date; keeping one needs a date and a reason, then it leaves', async () => {
    await mustRun(updateBoard(await boardRow('b1'), { retentionDate: past }, 'b1'));
    const user = await renderPage();
    const prompt = await screen.findByRole('dialog', { name: 'Boards past their retention date' });
    const due = within(prompt).getByRole('list', { name: 'Boards past their retention date' });
    expect(
      within(due)
        .getAllByRole('listitem')
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['Park north']);
    await user.click(within(prompt).getByRole('button', { name: 'Extend Park north…' }));
    await user.click(within(prompt).getByRole('button', { name: 'Keep board' }));
    expect(await within(prompt).findByRole('alert')).toHaveTextContent(/Say why/);
    await user.type(within(prompt).getByLabelText('Reason for keeping it'), 'Care proceedings');
    await user.click(within(prompt).getByRole('button', { name: 'Keep board' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: /past their retention/ })).toBeNull(),
    );
    expect((await boardRow('b1')).retentionDate! > todayString()).toBe(true);
    const log = await d.changeLog.where('boardId').equals('b1').toArray();
    expect(log.map((e) => e.what)).toContainEqual(expect.stringContaining('Care proceedings'));
  });

  it('"Decide later" puts it away for the session', async () => {
    await mustRun(updateBoard(await boardRow('b2'), { retentionDate: past }, 'b2'));
    const user = await renderPage();
    const prompt = await screen.findByRole('dialog', { name: /past their retention date/ });
    await user.click(within(prompt).getByRole('button', { name: 'Decide later' }));
    expect(screen.queryByRole('dialog', { name: /past their retention date/ })).toBeNull();
    expect(sessionStorage.getItem('pp-retention-asked')).not.toBeNull();
  });

  it('a board with no date says so on its card', async () => {
    await renderPage();
    const card = screen.getByRole('listitem', { name: 'Park north' });
    expect(within(card).getByText('Not set')).toBeInTheDocument();
  });
});

describe('archived boards', () => {
  it('Archive moves a board out of the main list into the archived list; Restore brings it back', async () => {
    const user = await renderPage();
    await user.click(screen.getByRole('button', { name: 'Archive Park north' }));
    const archived = await screen.findByRole('list', { name: 'Archived boards', hidden: true });
    expect(within(archived).getByText('Park north')).toBeInTheDocument();
    const main = screen.getByRole('list', { name: 'Boards on this device' });
    expect(within(main).queryByText('Park north')).toBeNull();
    expect((await boardRow('b1')).archived).toBe(true);

    await user.click(screen.getByText('Archived boards (1)'));
    await user.click(screen.getByRole('button', { name: 'Restore Park north' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Boards on this device' })).getByText('Park north'),
      ).toBeInTheDocument(),
    );
    expect((await boardRow('b1')).archived).toBe(false);
  });

  it('an archived board is listed folded away when the list opens', async () => {
    await mustRun(setArchived(await boardRow('b2'), true, 'board-list'));
    await renderPage();
    const folded = await screen.findByText('Archived boards (1)');
    expect(folded.closest('details')).not.toHaveAttribute('open');
  });
});
