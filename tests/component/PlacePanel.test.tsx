import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { undo } from '../../src/commands/bus';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import { addPlace } from '../../src/commands/places/addPlace';
import type { PeersDb } from '../../src/db/database';
import type { Place, TimeBand } from '../../src/domain/kinds/place';
import { NO_SELECTION, useUi } from '../../src/state/uiStore';
import { boardWithPeople, mustRun } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { BoardHarness, resetStores } from './componentHelpers';

let d: PeersDb;

const corner = (x: number, y: number): [number, number] => [-1.5 + x / 1000, 53.4 + y / 1000];
const square = {
  type: 'Polygon' as const,
  coordinates: [[corner(0, 0), corner(2, 0), corner(2, 2), corner(0, 2), corner(0, 0)]],
};

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  await boardWithPeople('b1', ['Jordan Reid', 'Bea']);
  history.clear();
});
afterEach(() => d.close());

async function openPlace(fields: Partial<Place> & Pick<Place, 'name' | 'kind'>) {
  await mustRun(addPlace('b1', 'pl1', { geometry: square, ...fields }));
  history.clear();
  useUi.setState({ selection: { ...NO_SELECTION, places: ['pl1'] } });
  render(<BoardHarness boardId="b1" />);
  return screen.findByRole('region', { name: /^Place / });
}

const stored = async () => (await d.places.get('pl1'))!;

describe('PlacePanel', () => {
  it('saves the name, kind, risk level and notes, each through the command bus', async () => {
    const user = userEvent.setup();
    const panel = await openPlace({ name: 'Kestrel Park', kind: 'park' });
    expect(within(panel).getByRole('heading', { name: 'Kestrel Park' })).toBeVisible();
    expect(within(panel).queryByText(/has no shape/)).toBeNull();

    const name = within(panel).getByRole('textbox', { name: 'Place name' });
    await user.clear(name);
    await user.click(name);
    await user.paste('Kestrel Park skate ramp');
    await user.tab();
    await waitFor(async () => expect((await stored()).name).toBe('Kestrel Park skate ramp'));

    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Kind of place' }),
      'estate',
    );
    await user.selectOptions(
      within(panel).getByRole('combobox', { name: 'Risk level' }),
      'significant',
    );
    await user.click(within(panel).getByRole('textbox', { name: 'Notes' }));
    await user.paste('Unlit path');
    await user.tab();
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        kind: 'estate',
        riskLevel: 'significant',
        notes: 'Unlit path',
      }),
    );
    // A drawn place cannot become an online space, which has no shape.
    const kinds = within(panel).getByRole('combobox', { name: 'Kind of place' });
    expect(within(kinds).queryByRole('option', { name: 'Online space' })).toBeNull();
    // An empty name is refused and nothing is stored.
    await user.clear(within(panel).getByRole('textbox', { name: 'Place name' }));
    await user.tab();
    expect(await within(panel).findByRole('alert')).toHaveTextContent(/Enter a place name/);
    expect((await stored()).name).toBe('Kestrel Park skate ramp');
  });

  it('adds a time band from day toggles and times, lists it in words, removes it', async () => {
    const user = userEvent.setup();
    const late = { days: ['fri', 'sat'] as TimeBand['days'], from: '20:00', to: '02:00' };
    const panel = await openPlace({
      name: 'Brookside Parade',
      kind: 'high-street',
      timeBands: [late],
    });
    const bands = within(panel).getByRole('group', { name: 'When it is a concern' });
    expect(within(bands).getByText('Fri, Sat 20:00–02:00 (overnight)')).toBeVisible();

    await user.click(within(bands).getByRole('button', { name: 'Weekdays' }));
    expect(within(bands).getByRole('checkbox', { name: 'Friday' })).toBeChecked();
    expect(within(bands).getByRole('checkbox', { name: 'Saturday' })).not.toBeChecked();
    fireEvent.change(within(bands).getByLabelText('From'), { target: { value: '15:00' } });
    fireEvent.change(within(bands).getByLabelText('To'), { target: { value: '18:00' } });
    await user.click(within(bands).getByRole('button', { name: 'Add time band' }));
    expect(
      await within(bands).findByRole('button', { name: 'Remove time band Weekdays 15:00–18:00' }),
    ).toBeVisible();
    expect((await stored()).timeBands).toEqual([
      late,
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], from: '15:00', to: '18:00' },
    ]);
    // The form is cleared for the next band, once it hears its write succeeded (a moment after
    // the stored band is listed).
    await waitFor(() =>
      expect(within(bands).getByRole('checkbox', { name: 'Monday' })).not.toBeChecked(),
    );

    await user.click(
      within(bands).getByRole('button', {
        name: 'Remove time band Fri, Sat 20:00–02:00 (overnight)',
      }),
    );
    await waitFor(async () => expect((await stored()).timeBands).toHaveLength(1));
    // Each add or remove is its own undo step.
    await undo('b1');
    await waitFor(async () => expect((await stored()).timeBands).toHaveLength(2));
    await undo('b1');
    await waitFor(async () => expect((await stored()).timeBands).toEqual([late]));
  });

  it('refuses a band with no day or no length, and says when one runs overnight', async () => {
    const user = userEvent.setup();
    const panel = await openPlace({ name: 'Brookside Parade', kind: 'high-street' });
    const bands = within(panel).getByRole('group', { name: 'When it is a concern' });
    expect(within(bands).getByText('No times recorded.')).toBeVisible();
    const add = within(bands).getByRole('button', { name: 'Add time band' });
    const from = within(bands).getByLabelText('From');
    const to = within(bands).getByLabelText('To');
    fireEvent.change(from, { target: { value: '20:00' } });
    fireEvent.change(to, { target: { value: '20:00' } });
    await user.click(add);
    expect(within(bands).getByRole('alert')).toHaveTextContent('Pick at least one day');

    await user.click(within(bands).getByRole('checkbox', { name: 'Friday' }));
    await user.click(add);
    expect(within(bands).getByRole('alert')).toHaveTextContent('From and to are the same time');
    expect((await stored()).timeBands).toEqual([]);

    fireEvent.change(to, { target: { value: '02:00' } });
    expect(
      within(bands).getByText(/Runs overnight: from 20:00 until 02:00 the next day/),
    ).toBeVisible();
    await user.click(add);
    expect(await within(bands).findByText('Fri 20:00–02:00 (overnight)')).toBeVisible();
    expect((await stored()).timeBands).toEqual([{ days: ['fri'], from: '20:00', to: '02:00' }]);
  });

  it('adds and removes guardians and place managers with their role', async () => {
    const user = userEvent.setup();
    const panel = await openPlace({ name: 'Kestrel Park', kind: 'park' });
    const section = within(panel).getByRole('group', { name: 'Guardians and place managers' });
    await user.click(within(section).getByRole('button', { name: 'Add guardian' }));
    expect(within(section).getByRole('alert')).toHaveTextContent(/Enter a guardian name/);
    expect((await stored()).guardians).toEqual([]);

    await user.type(
      within(section).getByRole('textbox', { name: 'Guardian’s name' }),
      'Marcus Bell',
    );
    await user.type(within(section).getByRole('combobox', { name: 'Role' }), 'Youth worker');
    await user.click(within(section).getByRole('button', { name: 'Add guardian' }));
    // The boxes empty once the guardian is stored; typing before then would add to the old name.
    expect(await within(section).findByText('Marcus Bell, Youth worker')).toBeVisible();
    await waitFor(() =>
      expect(within(section).getByRole('textbox', { name: 'Guardian’s name' })).toHaveValue(''),
    );
    await user.type(
      within(section).getByRole('textbox', { name: 'Guardian’s name' }),
      'Park warden team{Enter}',
    );
    await waitFor(async () =>
      expect((await stored()).guardians).toEqual([
        { name: 'Marcus Bell', role: 'Youth worker' },
        { name: 'Park warden team', role: '' },
      ]),
    );
    expect(within(section).getByText('Marcus Bell, Youth worker')).toBeVisible();
    await user.click(
      within(section).getByRole('button', { name: 'Remove guardian Marcus Bell, Youth worker' }),
    );
    await waitFor(async () =>
      expect((await stored()).guardians).toEqual([{ name: 'Park warden team', role: '' }]),
    );
  });

  it('adds responsible agencies with the vocabulary as suggestions, once each', async () => {
    const user = userEvent.setup();
    const panel = await openPlace({ name: 'Kestrel Park', kind: 'park' });
    const section = within(panel).getByRole('group', { name: 'Responsible partner agencies' });
    const input = within(section).getByRole('combobox', { name: 'Agency' });
    const suggestions = () =>
      [...document.querySelectorAll(`#${CSS.escape(input.getAttribute('list')!)} option`)].map(
        (o) => o.getAttribute('value'),
      );
    expect(suggestions()).toContain('Parks and open spaces');
    expect(suggestions()).toContain('Police');

    await user.type(input, 'Parks and open spaces{Enter}');
    // The box empties once the agency is stored; typing before then would add to the old name.
    await waitFor(() => expect(input).toHaveValue(''));
    await user.type(input, 'Harrowfield Homes');
    await user.click(within(section).getByRole('button', { name: 'Add agency' }));
    await waitFor(async () =>
      expect((await stored()).agencies).toEqual(['Parks and open spaces', 'Harrowfield Homes']),
    );
    // A listed agency is no longer suggested, and typing it again is refused.
    await waitFor(() => expect(suggestions()).not.toContain('Parks and open spaces'));
    await user.type(input, 'parks and open spaces{Enter}');
    expect(within(section).getByRole('alert')).toHaveTextContent(
      'parks and open spaces is already listed',
    );
    await user.click(
      within(section).getByRole('button', { name: 'Remove agency Harrowfield Homes' }),
    );
    await waitFor(async () => expect((await stored()).agencies).toEqual(['Parks and open spaces']));
  });

  it('says that an online space has no shape and is not on the map', async () => {
    const panel = await openPlace({ name: 'Year 10 group chat', kind: 'online', geometry: null });
    expect(within(panel).getByText(/An online space has no shape/)).toBeVisible();
    expect(within(panel).getByText(/not on the map/)).toBeVisible();
    const kinds = within(panel).getByRole('combobox', { name: 'Kind of place' });
    expect(kinds).toHaveValue('online');
  });

  it('deletes the place with its Delete button', async () => {
    const user = userEvent.setup();
    const panel = await openPlace({ name: 'Kestrel Park', kind: 'park' });
    await user.click(within(panel).getByRole('button', { name: 'Delete place Kestrel Park' }));
    await waitFor(async () => expect(await d.places.get('pl1')).toBeUndefined());
  });

  it('masks the place name and hides its notes under presenter-safe names', async () => {
    act(() => useUi.setState({ presenterSafe: true }));
    const panel = await openPlace({
      name: 'Jordan Reid’s flat',
      kind: 'home',
      notes: 'Jordan Reid lets others in at night',
      guardians: [{ name: 'Jordan Reid', role: 'Tenant' }],
    });
    expect(within(panel).getByRole('heading', { name: 'JR’s flat' })).toBeVisible();
    // Free-text notes can say anything about anyone: kept off the projector, saying so.
    expect(within(panel).getByRole('group', { name: 'Notes' })).toHaveTextContent(
      'Hidden while presenter-safe is on',
    );
    expect(panel.textContent).not.toContain('lets others in');
    expect(within(panel).getByText('JR, Tenant')).toBeVisible();
    expect(within(panel).queryByRole('textbox', { name: 'Place name' })).toBeNull();
    expect(within(panel).queryByRole('textbox', { name: 'Notes' })).toBeNull();
    expect(within(panel).getByText(/hidden while presenter-safe is on/)).toBeVisible();
    expect(panel.textContent).not.toContain('Jordan');
    expect(within(panel).getByRole('button', { name: 'Delete place JR’s flat' })).toBeVisible();
  });
});
