import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import { updatePersonWith } from '../../src/commands/people/updatePerson';
import type { PeersDb } from '../../src/db/database';
import { freshDb } from '../unit/dbHelpers';
import { boardWithPeople, getPerson, mustRun } from '../unit/busHelpers';
import { BoardHarness, installDialogPolyfill, resetStores } from './componentHelpers';

let d: PeersDb;
const kinds = async () => (await d.boards.get('b1'))!.indicatorKinds;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  installDialogPolyfill();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea']);
  for (const [id, date] of [
    ['p1', '2025-03-01'],
    ['p2', '2025-04-02'],
  ] as const) {
    const person = await getPerson(d, id);
    await mustRun(
      updatePersonWith(person, 'indicators', () => ({
        indicators: [{ id: `i-${id}`, kind: 'missing', date, note: '' }],
      })),
    );
  }
  history.clear();
});

/** Nothing selected shows the board's details; its "Indicator list" button opens the editor. */
async function openIndicatorList() {
  const user = userEvent.setup();
  render(<BoardHarness boardId="b1" />);
  await user.click(await screen.findByRole('button', { name: /^Indicator list/ }));
  const dialog = screen.getByRole('dialog', { name: 'Indicator list' });
  // The editor's code is fetched on first opening: wait for it.
  await within(dialog).findByRole('textbox', { name: 'New kind of indicator' });
  return { user, dialog };
}

describe('the indicator list editor', () => {
  it('adds a kind, flagged for exploitation concern or not; a label stays plain text', async () => {
    const { user, dialog } = await openIndicatorList();
    const before = (await kinds()).length;
    await user.type(
      within(dialog).getByRole('textbox', { name: 'New kind of indicator' }),
      '<img src=x onerror=alert(1)>',
    );
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'Counts towards exploitation concern' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add kind of indicator' }));
    await waitFor(async () => expect(await kinds()).toHaveLength(before + 1));
    expect((await kinds()).at(-1)).toMatchObject({
      label: '<img src=x onerror=alert(1)>',
      exploitation: false,
    });
    const name = await within(dialog).findByRole('textbox', {
      name: 'Name of indicator: <img src=x onerror=alert(1)>',
    });
    expect(name).toHaveValue('<img src=x onerror=alert(1)>');
    expect(dialog.querySelector('img')).toBeNull();
    expect(
      within(dialog).getByRole('checkbox', {
        name: '<img src=x onerror=alert(1)> counts towards exploitation concern',
      }),
    ).not.toBeChecked();
    // The stored kind is listed a moment before the form hears its write succeeded and clears.
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'New kind of indicator' })).toHaveValue(''),
    );
  });

  it('refuses an empty or repeated name with a message, and adds nothing', async () => {
    const { user, dialog } = await openIndicatorList();
    const before = await kinds();
    const box = within(dialog).getByRole('textbox', { name: 'New kind of indicator' });
    await user.click(within(dialog).getByRole('button', { name: 'Add kind of indicator' }));
    expect(box).toHaveAccessibleDescription(/cannot be empty/);
    await user.type(box, 'physical INJURY');
    await user.click(within(dialog).getByRole('button', { name: 'Add kind of indicator' }));
    expect(box).toHaveAccessibleDescription('The list already has “Physical injury”');
    expect(await kinds()).toEqual(before);
  });

  it('marks whether an existing kind counts towards exploitation concern', async () => {
    const { user, dialog } = await openIndicatorList();
    const box = within(dialog).getByRole('checkbox', {
      name: 'Exclusion from school counts towards exploitation concern',
    });
    expect(box).not.toBeChecked();
    await user.click(box);
    await waitFor(async () =>
      expect((await kinds()).find((k) => k.key === 'exclusion')!.exploitation).toBe(true),
    );
    await waitFor(() => expect(box).toBeChecked());
  });

  it('refuses to remove a kind in use, saying how many indicators use it; removes an unused one', async () => {
    const { user, dialog } = await openIndicatorList();
    await user.click(
      within(dialog).getByRole('button', { name: 'Remove indicator kind: Missing episode' }),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '“Missing episode” is used by 2 recorded indicators, so it stays in the list.',
    );
    expect((await kinds()).some((k) => k.key === 'missing')).toBe(true);
    expect(within(dialog).getByText('Used 2 times')).toBeVisible();

    await user.click(
      within(dialog).getByRole('button', { name: 'Remove indicator kind: Substance misuse' }),
    );
    await waitFor(async () =>
      expect((await kinds()).some((k) => k.key === 'substance')).toBe(false),
    );
    await waitFor(() =>
      expect(
        within(dialog).queryByRole('button', { name: 'Remove indicator kind: Substance misuse' }),
      ).toBeNull(),
    );
  });

  it('renames a kind in place', async () => {
    const { user, dialog } = await openIndicatorList();
    const name = within(dialog).getByRole('textbox', {
      name: 'Name of indicator: Physical injury',
    });
    await user.clear(name);
    await user.type(name, 'Injury, unexplained{Enter}');
    await waitFor(async () =>
      expect((await kinds()).find((k) => k.key === 'injury')!.label).toBe('Injury, unexplained'),
    );
  });
});
