import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createGroup } from '../../src/commands/groups/createGroup';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { useUi } from '../../src/state/uiStore';
import { freshDb } from '../unit/dbHelpers';
import { boardWithPeople, mustRun } from '../unit/busHelpers';
import { BoardHarness, resetStores, selectGroups, selectPeople } from './componentHelpers';

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea', 'Cal']);
  await mustRun(createGroup('b1', 'g1', 'Parade group', '#1f6fb2', ['p1', 'p2']));
  history.clear();
});

const memberships = async () =>
  (await d.memberships.toArray()).map((m) => `${m.personId}:${m.role}`).sort();

describe('GroupPanel', () => {
  it('under presenter-safe names masks a group named after someone and hides its name field', async () => {
    await mustRun(createGroup('b1', 'g2', "Ali's friends", '#1f6fb2', ['p1', 'p3']));
    useUi.getState().setPresenterSafe(true);
    selectGroups('g2');
    render(<BoardHarness boardId="b1" />);
    const panel = await screen.findByRole('region', { name: /^Group / });
    const heading = within(panel).getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent("A's friends");
    expect(panel).toHaveAccessibleName(expect.not.stringContaining('Ali') as string);
    expect(within(panel).queryByRole('textbox', { name: 'Group name' })).toBeNull();
    expect(within(panel).getByRole('button', { name: /^Delete group / })).toHaveAccessibleName(
      expect.not.stringContaining('Ali') as string,
    );
  });

  it('lists the members with a role each; a role change is saved', async () => {
    const user = userEvent.setup();
    selectGroups('g1');
    render(<BoardHarness boardId="b1" />);
    const panel = await screen.findByRole('region', { name: 'Group Parade group' });
    expect(within(panel).getByRole('heading', { name: 'Members and roles (2)' })).toBeVisible();
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Role of Ali in Parade group' }),
      'leader',
    );
    await waitFor(async () => expect(await memberships()).toEqual(['p1:leader', 'p2:not-known']));
  });

  it('adds and removes members, and edits the concern level', async () => {
    const user = userEvent.setup();
    selectGroups('g1');
    render(<BoardHarness boardId="b1" />);
    const panel = await screen.findByRole('region', { name: 'Group Parade group' });
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Add a member' }), 'p3');
    await waitFor(async () =>
      expect(await memberships()).toEqual(['p1:not-known', 'p2:not-known', 'p3:not-known']),
    );
    await user.click(within(panel).getByRole('button', { name: 'Remove Bea from Parade group' }));
    await waitFor(async () =>
      expect(await memberships()).toEqual(['p1:not-known', 'p3:not-known']),
    );
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Concern level' }),
      'significant',
    );
    await waitFor(async () => expect((await d.groups.get('g1'))!.concernLevel).toBe('significant'));
  });
});

describe('a person’s groups', () => {
  it('are listed in their panel with their role, and they can join another', async () => {
    const user = userEvent.setup();
    await mustRun(createGroup('b1', 'g2', 'School friends', '#b35900', ['p2']));
    selectPeople('p1');
    render(<BoardHarness boardId="b1" />);
    const panel = await screen.findByRole('region', { name: 'Details of Ali' });
    const groups = within(panel).getByRole('region', { name: 'Groups' });
    expect(within(groups).getByRole('combobox', { name: 'Role in Parade group' })).toHaveValue(
      'not-known',
    );
    await user.selectOptions(
      within(groups).getByRole('combobox', { name: 'Add to a group' }),
      'g2',
    );
    await waitFor(async () =>
      expect(
        (await d.memberships.toArray())
          .filter((m) => m.personId === 'p1')
          .map((m) => m.groupId)
          .sort(),
      ).toEqual(['g1', 'g2']),
    );
  });

  it('hides the name fields while presenter-safe is on', async () => {
    selectPeople('p1');
    act(() => useUi.setState({ presenterSafe: true }));
    render(<BoardHarness boardId="b1" />);
    const panel = await screen.findByRole('region', { name: 'Details of A' });
    expect(within(panel).queryByRole('textbox', { name: 'Full name' })).toBeNull();
    expect(within(panel).queryByRole('textbox', { name: 'Name shown' })).toBeNull();
    expect(within(panel).getByText(/hidden while presenter-safe is on/)).toBeVisible();
  });
});
