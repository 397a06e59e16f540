import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { cycleFocus } from '../../src/features/network/filters/focusActions';
import { HiddenIndicator } from '../../src/features/network/filters/HiddenIndicator';
import { emptyFilter } from '../../src/domain/networkFilter';
import { useFilters } from '../../src/state/filterStore';
import { useStatus } from '../../src/state/statusStore';
import { useUi } from '../../src/state/uiStore';
import { resetStores, selectPeople } from './componentHelpers';
import { board, FiltersHarness, resetFilters } from './filterHarness';

beforeEach(() => {
  resetStores();
  resetFilters();
});

const status = () => screen.getByRole('status');
const hidden = (people: string[], associations: string[]) => ({
  hiddenPeople: new Set(people),
  hiddenAssociations: new Set(associations),
});

describe('HiddenIndicator', () => {
  it('says nothing while nothing is hidden', () => {
    render(<HiddenIndicator result={hidden([], [])} people={board.people} />);
    expect(status()).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: 'Clear' })).toBeNull();
  });

  it('counts the hidden people and associations in plain words', () => {
    const { rerender } = render(
      <HiddenIndicator result={hidden(['ali'], ['ab', 'bc'])} people={board.people} />,
    );
    expect(status()).toHaveTextContent('1 person and 2 associations hidden by filters');
    rerender(<HiddenIndicator result={hidden([], ['ab'])} people={board.people} />);
    expect(status()).toHaveTextContent(/^1 association hidden by filters/);
    rerender(<HiddenIndicator result={hidden(['ali', 'bea'], [])} people={board.people} />);
    expect(status()).toHaveTextContent(/^2 people hidden by filters/);
  });

  it('says when everyone is hidden', () => {
    render(
      <HiddenIndicator
        result={hidden(['ali', 'bea', 'cal', 'dee'], ['ab', 'bc', 'cd'])}
        people={board.people}
      />,
    );
    expect(status()).toHaveTextContent('Everything is hidden by the filters.');
    expect(within(status()).getByRole('button', { name: 'Clear' })).toBeVisible();
  });

  it('names the focus the way the board names people (initials here)', () => {
    useFilters.setState({ filter: { ...emptyFilter, focus: { centre: ['bea'], steps: 1 } } });
    render(
      <HiddenIndicator
        result={hidden(['dee'], ['cd'])}
        people={board.people}
        nameOf={(p) => p.initials}
      />,
    );
    expect(status()).toHaveTextContent(/^Showing 1 step from B · 1 person and 1 association/);
    expect(status()).not.toHaveTextContent('Bea');
  });

  it('Clear ends the filters and the focus together', async () => {
    const user = userEvent.setup();
    useFilters.setState({
      filter: {
        ...emptyFilter,
        hiddenConfidences: ['reported'],
        focus: { centre: ['ali'], steps: 2 },
      },
    });
    render(<FiltersHarness />);
    expect(status()).toHaveTextContent(
      'Showing 2 steps from Ali · 1 person and 1 association hidden by filters',
    );
    await user.click(within(status()).getByRole('button', { name: 'Clear' }));
    expect(useFilters.getState().filter).toEqual(emptyFilter);
    expect(status()).toHaveTextContent('');
  });
});

describe('Focus on the selection', () => {
  const focusButton = (name: string) =>
    within(screen.getByRole('group', { name: 'Focus on the selection' })).getByRole('button', {
      name,
    });

  it('is unavailable until someone is selected', () => {
    render(<FiltersHarness />);
    expect(focusButton('1 step')).toBeDisabled();
    expect(focusButton('End focus')).toBeDisabled();
  });

  it('shows the network 1, 2 or 3 steps around the selected person', async () => {
    const user = userEvent.setup();
    selectPeople('ali');
    render(<FiltersHarness />);
    await user.click(focusButton('1 step'));
    expect(focusButton('1 step')).toHaveAttribute('aria-pressed', 'true');
    expect(status()).toHaveTextContent(
      'Showing 1 step from Ali · 2 people and 2 associations hidden by filters',
    );
    await user.click(focusButton('2 steps'));
    expect(status()).toHaveTextContent(
      'Showing 2 steps from Ali · 1 person and 1 association hidden by filters',
    );
    // Changing the selection later does not move the focus.
    act(() => useUi.getState().clearSelection());
    await user.click(focusButton('3 steps'));
    expect(status()).toHaveTextContent('');
    await user.click(focusButton('End focus'));
    expect(useFilters.getState().filter.focus).toBeNull();
  });

  it('F cycles 1, 2, 3 steps and off; a new selection starts again at 1 step', () => {
    selectPeople('ali');
    render(<FiltersHarness />);
    const steps = () => useFilters.getState().filter.focus?.steps ?? 'off';
    const press = () => act(() => cycleFocus());
    press();
    expect(steps()).toBe(1);
    press();
    expect(steps()).toBe(2);
    press();
    expect(steps()).toBe(3);
    press();
    expect(steps()).toBe('off');
    press();
    act(() => selectPeople('dee'));
    press();
    expect(useFilters.getState().filter.focus).toEqual({ centre: ['dee'], steps: 1 });
    expect(status()).toHaveTextContent('Showing 1 step from Dee');
  });

  it('F with nobody selected explains what to do', () => {
    act(() => cycleFocus());
    expect(useFilters.getState().filter.focus).toBeNull();
    expect(useStatus.getState().notices.at(-1)?.text).toMatch(/Select one or more people first/);
  });
});
