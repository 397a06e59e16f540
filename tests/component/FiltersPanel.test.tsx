import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { associationKinds, confidences, personKinds } from '../../src/domain/vocabulary';
import { useFilters } from '../../src/state/filterStore';
import { useUi } from '../../src/state/uiStore';
import { resetStores, selectPeople } from './componentHelpers';
import { FiltersHarness, resetFilters } from './filterHarness';

beforeEach(() => {
  resetStores();
  resetFilters();
});

async function openPanel() {
  const user = userEvent.setup();
  render(<FiltersHarness />);
  const button = screen.getByRole('button', { name: 'Filters' });
  expect(button).toHaveAttribute('aria-expanded', 'false');
  await user.click(button);
  expect(button).toHaveAttribute('aria-expanded', 'true');
  const panel = screen.getByRole('region', { name: 'Filters' });
  return { user, button, panel };
}

const fieldset = (panel: HTMLElement, name: string) => within(panel).getByRole('group', { name });
const status = () => screen.getByRole('status');

describe('FiltersPanel', () => {
  it('starts with everything shown and nothing said about hidden things', async () => {
    const { panel } = await openPanel();
    for (const [legend, terms] of [
      ['Kinds of association', associationKinds],
      ['How sure', confidences],
      ['Kinds of person', personKinds],
    ] as const) {
      const set = fieldset(panel, legend);
      for (const t of terms)
        expect(within(set).getByRole('checkbox', { name: t.label })).toBeChecked();
    }
    expect(status()).toHaveTextContent('');
    expect(within(panel).getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('hides a kind of association when it is unticked, and says how many are hidden', async () => {
    const { user, panel } = await openPanel();
    await user.click(
      within(fieldset(panel, 'Kinds of association')).getByRole('checkbox', { name: 'Friendship' }),
    );
    expect(status()).toHaveTextContent('2 associations hidden by filters');
    await user.click(
      within(fieldset(panel, 'How sure')).getByRole('checkbox', { name: 'Suspected' }),
    );
    expect(status()).toHaveTextContent('3 associations hidden by filters');
  });

  it('lists the lead agencies found on the board, with "No lead agency"', async () => {
    const { user, panel } = await openPanel();
    const set = fieldset(panel, 'Lead agency');
    expect(
      within(set)
        .getAllByRole('checkbox')
        .map((c) => (c as HTMLInputElement).labels?.[0]?.textContent),
    ).toEqual(['Education', 'Police', 'No lead agency']);
    await user.click(within(set).getByRole('checkbox', { name: 'Police' }));
    // Ali and Dee, with Ali-Bea and Cal-Dee.
    expect(status()).toHaveTextContent('2 people and 2 associations hidden by filters');
  });

  it('shows only members of the ticked groups', async () => {
    const { user, panel } = await openPanel();
    const set = fieldset(panel, 'Only members of');
    expect(within(set).getByRole('checkbox', { name: 'Park lot' })).not.toBeChecked();
    await user.click(within(set).getByRole('checkbox', { name: 'Year 10' }));
    expect(status()).toHaveTextContent('3 people and 3 associations hidden by filters');
    await user.click(within(set).getByRole('checkbox', { name: 'Park lot' }));
    expect(status()).toHaveTextContent('1 person and 1 association hidden by filters');
  });

  it('hides associations reported outside the dates, and undated ones on request', async () => {
    const { user, panel } = await openPanel();
    const set = fieldset(panel, 'Reported between');
    await user.type(within(set).getByLabelText('From'), '2026-04-01');
    expect(useFilters.getState().filter.dateFrom).toBe('2026-04-01');
    expect(status()).toHaveTextContent('1 association hidden by filters');
    await user.click(
      within(set).getByRole('checkbox', { name: 'Hide associations with no dates' }),
    );
    expect(status()).toHaveTextContent('3 associations hidden by filters');
  });

  it('says when the dates are the wrong way round', async () => {
    const { user, panel } = await openPanel();
    const set = fieldset(panel, 'Reported between');
    await user.type(within(set).getByLabelText('From'), '2026-05-01');
    await user.type(within(set).getByLabelText('To'), '2026-04-01');
    expect(within(set).getByText(/“from” date is after the “to” date/)).toBeVisible();
  });

  it('says so when a filter hides everything, and Clear shows everything again', async () => {
    const { user, panel } = await openPanel();
    const kinds = fieldset(panel, 'Kinds of person');
    for (const name of ['Young person', 'Adult of concern', 'Professional'])
      await user.click(within(kinds).getByRole('checkbox', { name }));
    expect(status()).toHaveTextContent('Everything is hidden by the filters.');
    await user.click(within(status()).getByRole('button', { name: 'Clear' }));
    expect(status()).toHaveTextContent('');
    expect(within(kinds).getByRole('checkbox', { name: 'Young person' })).toBeChecked();
  });

  it('"Clear filters" ticks everything again but keeps the focus', async () => {
    const { user, panel } = await openPanel();
    act(() => useFilters.getState().setFocus({ centre: ['ali'], steps: 1 }));
    await user.click(
      within(fieldset(panel, 'How sure')).getByRole('checkbox', { name: 'Confirmed' }),
    );
    await user.click(within(panel).getByRole('button', { name: 'Clear filters' }));
    expect(
      within(fieldset(panel, 'How sure')).getByRole('checkbox', { name: 'Confirmed' }),
    ).toBeChecked();
    expect(useFilters.getState().filter.focus).toEqual({ centre: ['ali'], steps: 1 });
  });

  it('works from the keyboard; Escape closes it and puts focus back on the button', async () => {
    const { user, button, panel } = await openPanel();
    await user.tab();
    expect(within(panel).getByRole('button', { name: 'Close' })).toHaveFocus();
    await user.tab();
    expect(within(panel).getByRole('checkbox', { name: 'Friendship' })).toHaveFocus();
    await user.keyboard(' ');
    expect(useFilters.getState().filter.hiddenAssociationKinds).toEqual(['friendship']);
    act(() => selectPeople('ali'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // The board's own Escape (clear the selection) was not also triggered.
    expect(useUi.getState().selection.people).toEqual(['ali']);
  });

  it('Close closes it and puts focus back on the button', async () => {
    const { user, button, panel } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Filters' })).toBeNull();
    expect(button).toHaveFocus();
  });

  it('forgets the filter when another board is opened', async () => {
    const { user, panel } = await openPanel();
    await user.click(
      within(fieldset(panel, 'How sure')).getByRole('checkbox', { name: 'Reported' }),
    );
    expect(useFilters.getState().filter.hiddenConfidences).toEqual(['reported']);
    act(() => useUi.getState().navigate({ name: 'board', boardId: 'another' }));
    expect(useFilters.getState().filter.hiddenConfidences).toEqual([]);
    expect(useFilters.getState().panelOpen).toBe(false);
  });
});
