import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import type { Association } from '../../src/domain/kinds/association';
import { freshDb } from '../unit/dbHelpers';
import { boardWithPeople, mustRun } from '../unit/busHelpers';
import { BoardHarness, daysFromToday, resetStores, selectAssociations } from './componentHelpers';

let d: PeersDb;

const ali = { id: 'p1', name: 'Ali' };
const bea = { id: 'p2', name: 'Bea' };

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea']);
  await mustRun(linkPeople('b1', 'a1', ali, bea, 'friendship'));
  history.clear();
});

async function stored(id = 'a1'): Promise<Association> {
  const a = await d.associations.get(id);
  if (!a) throw new Error(`no association ${id}`);
  return a;
}

async function renderPanelFor(associationId: string) {
  const user = userEvent.setup();
  selectAssociations(associationId);
  render(<BoardHarness boardId="b1" />);
  const panel = await screen.findByRole('region', { name: 'Association between Ali and Bea' });
  return { user, panel };
}

describe('AssociationPanel', () => {
  it('is headed with the kind and both names', async () => {
    const { panel } = await renderPanelFor('a1');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Friendship: Ali and Bea',
    );
    expect(within(panel).getByRole('combobox', { name: 'Kind' })).toHaveDisplayValue('Friendship');
  });

  it('stores a new confidence', async () => {
    const { user, panel } = await renderPanelFor('a1');
    expect(within(panel).getByRole('combobox', { name: 'Confidence' })).toHaveDisplayValue(
      'Reported',
    );
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Confidence' }),
      'Confirmed',
    );
    await waitFor(async () => expect((await stored()).confidence).toBe('confirmed'));
  });

  it('offers directions naming the people; choosing one stores directed, from and to', async () => {
    const { user, panel } = await renderPanelFor('a1');
    const direction = within(panel).getByRole('combobox', { name: 'Direction' });
    const labels = () =>
      within(direction)
        .getAllByRole('option')
        .map((o) => o.textContent);
    expect(labels()).toEqual(['No direction', 'Ali → Bea', 'Bea → Ali']);
    expect(direction).toHaveDisplayValue('No direction');
    expect(await stored()).toMatchObject({ directed: false, fromId: 'p1', toId: 'p2' });

    await user.selectOptions(direction, 'Bea → Ali');
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ directed: true, fromId: 'p2', toId: 'p1' }),
    );
    expect(labels()).toEqual(['No direction', 'Ali → Bea', 'Bea → Ali']);

    await user.selectOptions(direction, 'Ali → Bea');
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ directed: true, fromId: 'p1', toId: 'p2' }),
    );

    await user.selectOptions(direction, 'No direction');
    await waitFor(async () => expect((await stored()).directed).toBe(false));
    expect(await stored()).toMatchObject({ fromId: 'p1', toId: 'p2' });
  });

  it('refuses a "Review by" date in the past with a message; stores a future one', async () => {
    const { user, panel } = await renderPanelFor('a1');
    const review = within(panel).getByLabelText('Review by');
    await user.type(review, '2020-01-01');

    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'The review date has already passed; pick today or a later date',
    );
    expect((await stored()).reviewDate).toBeNull();

    const later = daysFromToday(14);
    await user.clear(review);
    await user.type(review, later);
    await waitFor(async () => expect((await stored()).reviewDate).toBe(later));
    await waitFor(() => expect(within(panel).queryByRole('alert')).not.toBeInTheDocument());
  });

  it('refuses changing the kind to one the pair already has, and stores nothing', async () => {
    await mustRun(linkPeople('b1', 'a2', bea, ali, 'family'));
    const { user, panel } = await renderPanelFor('a1');
    const before = await stored();
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Kind' }),
      'Sibling / family',
    );

    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'Ali and Bea already have a sibling / family association',
    );
    expect(await stored()).toEqual(before);
    expect((await stored('a2')).kind).toBe('family');
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Friendship: Ali and Bea',
    );
  });

  it('stores a change of kind the pair does not have yet', async () => {
    const { user, panel } = await renderPanelFor('a1');
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Kind' }),
      'Online contact',
    );
    await waitFor(async () => expect((await stored()).kind).toBe('online'));
    await waitFor(() =>
      expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
        'Online contact: Ali and Bea',
      ),
    );
  });
});
