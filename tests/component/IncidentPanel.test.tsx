import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import { addIncident } from '../../src/commands/incidents/addIncident';
import { addPlace } from '../../src/commands/places/addPlace';
import type { PeersDb } from '../../src/db/database';
import type { Incident } from '../../src/domain/kinds/incident';
import { useIncidentDraft } from '../../src/state/incidentDraftStore';
import { NO_SELECTION, useUi } from '../../src/state/uiStore';
import { freshDb } from '../unit/dbHelpers';
import { boardWithPeople, mustRun } from '../unit/busHelpers';
import { BoardHarness, daysFromToday, resetStores } from './componentHelpers';

let d: PeersDb;
const when = `${daysFromToday(-2)}T21:30`;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  useIncidentDraft.setState({ placing: false, draft: null });
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea', 'Cal']);
  await mustRun(
    addPlace('b1', 'pl1', {
      name: 'Golden Fry',
      kind: 'shop',
      geometry: { type: 'Point', coordinates: [-1.4963, 53.4021] },
    }),
  );
  await mustRun(addIncident('b1', 'i1', { occurredAt: when, harmKinds: ['cse'], placeId: 'pl1' }));
  history.clear();
});
afterEach(() => d.close());

async function stored(): Promise<Incident> {
  const i = await d.incidents.get('i1');
  if (!i) throw new Error('no incident');
  return i;
}

async function openPanel() {
  const user = userEvent.setup();
  useUi.setState({ selection: { ...NO_SELECTION, incidents: ['i1'] } });
  render(<BoardHarness boardId="b1" />);
  const panel = await screen.findByRole('region', { name: 'Incident' });
  return { user, panel };
}

describe('IncidentPanel', () => {
  it('refuses a future date and time with a message, and stores nothing', async () => {
    const { user, panel } = await openPanel();
    const box = within(panel).getByLabelText('Date and time');
    expect(box).toHaveValue(when);
    fireEvent.change(box, { target: { value: `${daysFromToday(2)}T10:00` } });
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'An incident cannot be in the future; check the date and time',
    );
    expect(box).toHaveAttribute('aria-invalid', 'true');
    // Then an edit that is stored: IndexedDB commits writes to the same records in the order they
    // were asked for, so once it is in, a write of the refused date (asked for first) would be too.
    const kinds = within(panel).getByRole('group', { name: 'Kinds of harm' });
    await user.click(within(kinds).getByRole('checkbox', { name: 'Bullying' }));
    await waitFor(async () => expect((await stored()).harmKinds).toEqual(['cse', 'bullying']));
    expect((await stored()).occurredAt).toBe(when);
  });

  it('refuses a date that does not exist, and stores a real one', async () => {
    const { panel } = await openPanel();
    const box = within(panel).getByLabelText('Date and time');
    // The date-and-time box cannot hold 30 February: it empties itself, which gets a message.
    fireEvent.change(box, { target: { value: '2026-02-30T10:00' } });
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      /Enter the date and time|not a real date/,
    );
    expect((await stored()).occurredAt).toBe(when);

    const real = `${daysFromToday(-5)}T08:15`;
    fireEvent.change(box, { target: { value: real } });
    await waitFor(async () => expect((await stored()).occurredAt).toBe(real));
    await waitFor(() => expect(within(panel).queryByRole('alert')).not.toBeInTheDocument());
  });

  it('keeps at least one kind of harm ticked', async () => {
    const { user, panel } = await openPanel();
    const kinds = within(panel).getByRole('group', { name: 'Kinds of harm' });
    const cse = within(kinds).getByRole('checkbox', { name: 'Child sexual exploitation' });
    expect(cse).toBeChecked();
    await user.click(cse);
    expect(await within(kinds).findByRole('alert')).toHaveTextContent(
      'Pick at least one kind of harm',
    );
    expect(cse).toBeChecked();
    expect((await stored()).harmKinds).toEqual(['cse']);

    await user.click(within(kinds).getByRole('checkbox', { name: 'Bullying' }));
    await waitFor(async () => expect((await stored()).harmKinds).toEqual(['cse', 'bullying']));
    await user.click(cse);
    await waitFor(async () => expect((await stored()).harmKinds).toEqual(['bullying']));
    expect(within(kinds).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('adds people with roles, changes a role and removes someone', async () => {
    const { user, panel } = await openPanel();
    const people = within(panel).getByRole('group', { name: /People involved/ });
    await user.selectOptions(within(people).getByLabelText('Add a person'), 'Bea');
    await user.selectOptions(within(people).getByLabelText('Role'), 'Harming');
    await user.click(within(people).getByRole('button', { name: 'Add person' }));
    await waitFor(async () =>
      expect((await stored()).involved).toEqual([{ personId: 'p2', role: 'harming' }]),
    );
    await user.selectOptions(within(people).getByLabelText('Add a person'), 'Ali');
    await user.click(within(people).getByRole('button', { name: 'Add person' }));
    await waitFor(async () => expect((await stored()).involved).toHaveLength(2));
    expect(await within(panel).findByRole('group', { name: 'People involved (2)' })).toBeVisible();

    await user.selectOptions(
      within(people).getByRole('combobox', { name: 'Role of Ali in this incident' }),
      'Witness',
    );
    await waitFor(async () =>
      expect((await stored()).involved).toContainEqual({ personId: 'p1', role: 'witness' }),
    );
    await user.click(within(people).getByRole('button', { name: 'Remove Bea from this incident' }));
    await waitFor(async () =>
      expect((await stored()).involved).toEqual([{ personId: 'p1', role: 'witness' }]),
    );
    // Whoever is involved already is not offered again.
    expect(
      within(within(people).getByLabelText('Add a person'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Choose a person…', 'Bea', 'Cal']);
  });

  it('asks who to add before adding', async () => {
    const { user, panel } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Add person' }));
    expect(await within(panel).findByRole('alert')).toHaveTextContent('Choose who to add first');
    expect((await stored()).involved).toEqual([]);
  });

  it('moves the incident from its place to a point where the place is', async () => {
    const { user, panel } = await openPanel();
    await user.selectOptions(within(panel).getByLabelText('Where'), 'A point on the map');
    await waitFor(async () =>
      expect(await stored()).toMatchObject({ placeId: null, point: [-1.4963, 53.4021] }),
    );
  });
});

describe('NewIncidentForm', () => {
  it('needs a kind of harm, then stores the incident at the place and opens its panel', async () => {
    const user = userEvent.setup();
    useIncidentDraft.getState().setDraft({ placeId: 'pl1' });
    render(<BoardHarness boardId="b1" />);
    const form = await screen.findByRole('region', { name: 'New incident' });
    expect(within(form).getByText('At Golden Fry')).toBeVisible();
    expect(within(form).getByLabelText('Date and time')).toHaveFocus();

    await user.click(within(form).getByRole('button', { name: 'Save incident' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Pick at least one kind of harm',
    );
    expect(await d.incidents.count()).toBe(1);

    fireEvent.change(within(form).getByLabelText('Date and time'), {
      target: { value: `${daysFromToday(1)}T09:00` },
    });
    await user.click(within(form).getByRole('checkbox', { name: 'Bullying' }));
    await user.click(within(form).getByRole('button', { name: 'Save incident' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/cannot be in the future/);
    expect(await d.incidents.count()).toBe(1);

    const earlier = `${daysFromToday(-1)}T16:45`;
    fireEvent.change(within(form).getByLabelText('Date and time'), { target: { value: earlier } });
    await user.type(within(form).getByLabelText('Source'), 'School');
    await user.click(within(form).getByRole('button', { name: 'Save incident' }));

    const panel = await screen.findByRole('region', { name: 'Incident' });
    expect(within(panel).getByLabelText('Date and time')).toHaveValue(earlier);
    const all = await d.incidents.toArray();
    expect(all).toHaveLength(2);
    expect(all.find((i) => i.id !== 'i1')).toMatchObject({
      occurredAt: earlier,
      harmKinds: ['bullying'],
      placeId: 'pl1',
      source: 'School',
    });
    expect(useIncidentDraft.getState().draft).toBeNull();
  });

  it('Cancel and Escape close it without storing anything', async () => {
    const user = userEvent.setup();
    useIncidentDraft.getState().setDraft({ point: [-1.5, 53.4] });
    render(<BoardHarness boardId="b1" />);
    const form = await screen.findByRole('region', { name: 'New incident' });
    expect(within(form).getByText('At the point chosen on the map')).toBeVisible();
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'New incident' })).not.toBeInTheDocument(),
    );
    expect(await d.incidents.count()).toBe(1);
  });
});
