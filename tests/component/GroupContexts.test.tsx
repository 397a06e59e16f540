import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { undo } from '../../src/commands/bus';
import { createGroup } from '../../src/commands/groups/createGroup';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { freshDb } from '../unit/dbHelpers';
import { boardWithPeople, mustRun } from '../unit/busHelpers';
import { BoardHarness, resetStores, selectGroups } from './componentHelpers';

let d: PeersDb;
const stored = async () => (await d.groups.get('g1'))!;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea']);
  await mustRun(createGroup('b1', 'g1', 'Parade group', '#1f6fb2', ['p1', 'p2']));
  history.clear();
});

async function openGroup() {
  const user = userEvent.setup();
  selectGroups('g1');
  render(<BoardHarness boardId="b1" />);
  const panel = await screen.findByRole('region', { name: 'Group Parade group' });
  return { user, panel };
}

describe('a group’s contexts and strengths', () => {
  it('weights the group’s contexts, ranks them in words, and undo puts them back', async () => {
    const { user, panel } = await openGroup();
    const contexts = within(panel).getByRole('group', { name: 'Contexts' });
    // "Quick" is judged by the clock the undo history reads; a busy machine can take longer
    // between two of these edits than the coalescing window, so that clock is held still.
    const clock = vi.spyOn(Date, 'now').mockReturnValue(Date.now());
    onTestFinished(() => clock.mockRestore());
    await user.selectOptions(
      within(contexts).getByRole('combobox', { name: 'Neighbourhood: concern' }),
      'Significant',
    );
    await user.selectOptions(
      within(contexts).getByRole('combobox', { name: 'Neighbourhood: weight' }),
      '5 (change first)',
    );
    await user.selectOptions(
      within(contexts).getByRole('combobox', { name: 'Peer group: weight' }),
      '4',
    );
    await waitFor(async () => expect((await stored()).contexts.peer.weight).toBe(4));
    expect((await stored()).contexts.neighbourhood).toEqual({
      concern: 'significant',
      weight: 5,
      notes: '',
    });
    expect(within(contexts).getByRole('status')).toHaveTextContent(
      'Change first: Neighbourhood, then Peer group',
    );
    // Quick edits to the contexts are one undo step, as typing is.
    await undo('b1');
    await waitFor(async () => expect((await stored()).contexts.peer.weight).toBe(0));
    expect((await stored()).contexts.neighbourhood.weight).toBe(0);
    await waitFor(() =>
      expect(within(contexts).getByRole('status')).toHaveTextContent(/^No context weighted yet/),
    );
  });

  it('records strengths and protective factors for the group', async () => {
    const { user, panel } = await openGroup();
    const strengths = within(panel).getByRole('group', {
      name: 'Strengths and protective factors',
    });
    await user.type(
      within(strengths).getByRole('textbox', { name: 'New strength' }),
      'Members go to the youth club',
    );
    await user.click(within(strengths).getByRole('button', { name: 'Add strength' }));
    await waitFor(async () =>
      expect((await stored()).strengths).toEqual(['Members go to the youth club']),
    );
    expect(await within(strengths).findByText('Members go to the youth club')).toBeVisible();
  });
});
