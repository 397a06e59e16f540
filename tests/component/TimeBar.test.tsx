import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { newAssociation, type Association } from '../../src/domain/kinds/association';
import { newIncident, type Incident } from '../../src/domain/kinds/incident';
import { ALL_INCIDENTS } from '../../src/domain/incidentFilter';
import { emptyFilter } from '../../src/domain/networkFilter';
import { TimeBarArea } from '../../src/features/timeBar';
import { PLAY_STEP_MS } from '../../src/features/timeBar/usePlay';
import { useFilters } from '../../src/state/filterStore';
import { useIncidentFilter } from '../../src/state/incidentFilterStore';

const associations: Association[] = [
  newAssociation('a1', 'b1', {
    fromId: 'p1',
    toId: 'p2',
    kind: 'friendship',
    firstReported: '2026-03-01',
    lastReported: '2026-03-05',
  }),
  newAssociation('a2', 'b1', {
    fromId: 'p2',
    toId: 'p3',
    kind: 'friendship',
    firstReported: '2026-03-20',
    lastReported: '2026-03-31',
  }),
  newAssociation('a3', 'b1', { fromId: 'p3', toId: 'p4', kind: 'friendship' }),
];

// 2026-03-06 is a Friday.
const incidents: Incident[] = [
  newIncident('i1', 'b1', { occurredAt: '2026-03-06T22:15', harmKinds: ['cse'] }),
  newIncident('i2', 'b1', { occurredAt: '2026-03-06T22:40', harmKinds: ['cce'] }),
  newIncident('i3', 'b1', { occurredAt: '2026-03-25T09:00', harmKinds: ['cse'] }),
];

beforeEach(() => {
  useFilters.setState({ filter: emptyFilter });
  useIncidentFilter.setState({ filter: ALL_INCIDENTS });
});

async function openBar(content = { associations, incidents }) {
  render(<TimeBarArea open onClose={() => undefined} content={content} />);
  return screen.findByRole('region', { name: 'Time bar' });
}

/** A frame passes: the bar tells the filters at most once a frame. */
const nextFrame = () => act(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

describe('the time bar', () => {
  it('shows the whole span at first, with the counts in range', async () => {
    const bar = await openBar();
    expect(within(bar).getByText('1 Mar 2026 – 31 Mar 2026')).toBeInTheDocument();
    expect(within(bar).getByRole('slider', { name: 'From' })).toHaveAttribute(
      'aria-valuetext',
      '1 March 2026',
    );
    expect(within(bar).getByText(/In range: 3 associations of 3, 3 incidents of 3/)).toBeVisible();
    expect(
      within(bar).getByText(/1 association has no dates and is shown whatever the range/),
    ).toBeVisible();
    expect(within(bar).getByRole('button', { name: 'Clear' })).toBeDisabled();
  });

  it('sets the diagram’s dates and the map’s period together, and Clear returns to everything', async () => {
    const bar = await openBar();
    const from = within(bar).getByRole('slider', { name: 'From' });
    const to = within(bar).getByRole('slider', { name: 'To' });
    // A key press (jsdom moves no thumb itself: the key, then the value the browser would give).
    const press = (thumb: HTMLElement, value: string) => {
      fireEvent.keyDown(thumb, { key: 'ArrowRight' });
      fireEvent.change(thumb, { target: { value } });
      fireEvent.keyUp(thumb, { key: 'ArrowRight' });
    };
    press(from, '5');
    press(to, '10');
    await nextFrame();
    expect(useFilters.getState().filter).toMatchObject({
      dateFrom: '2026-03-06',
      dateTo: '2026-03-11',
    });
    expect(useIncidentFilter.getState().filter).toMatchObject({
      from: '2026-03-06',
      to: '2026-03-11',
    });
    expect(from).toHaveAttribute('aria-valuetext', '6 March 2026');
    expect(to).toHaveAttribute('aria-valuetext', '11 March 2026');
    // a1 ends on the 5th, a2 starts on the 20th: only the undated one is left; two incidents.
    expect(within(bar).getByText(/In range: 1 association of 3, 2 incidents of 3/)).toBeVisible();

    // The From thumb never passes the To thumb.
    // A drag reaches the filters when the thumb rests; the thumb shows it at once.
    fireEvent.change(from, { target: { value: '20' } });
    expect(useFilters.getState().filter.dateFrom).toBe('2026-03-06');
    expect(from).toHaveAttribute('aria-valuetext', '11 March 2026');
    await waitFor(() => expect(useFilters.getState().filter.dateFrom).toBe('2026-03-11'));

    await userEvent.setup().click(within(bar).getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(useFilters.getState().filter).toEqual(emptyFilter));
    expect(useIncidentFilter.getState().filter).toEqual(ALL_INCIDENTS);
  });

  it('follows dates set in the filters panel', async () => {
    const bar = await openBar();
    act(() => useFilters.getState().setFilter({ dateFrom: '2026-03-20', hideUndated: true }));
    expect(within(bar).getByText('20 Mar 2026 – 31 Mar 2026')).toBeVisible();
    expect(within(bar).getByText(/In range: 1 association of 3, 1 incident of 3/)).toBeVisible();
    expect(within(bar).getByText(/1 association has no dates and is hidden/)).toBeVisible();
  });

  it('tells a screen reader each hour of the day-by-hour grid', async () => {
    const bar = await openBar();
    const grid = within(bar).getByRole('table', { name: 'Incidents in range by day and hour' });
    expect(within(grid).getAllByRole('row')).toHaveLength(8);
    expect(
      within(grid).getByRole('cell', { name: 'Friday 22:00–23:00: 2 incidents' }),
    ).toHaveTextContent('2');
    expect(
      within(grid).getByRole('cell', { name: 'Wednesday 09:00–10:00: 1 incident' }),
    ).toBeVisible();
    // Harm kinds unticked on the map leave the grid too.
    act(() => useIncidentFilter.getState().setFilter({ hiddenKinds: ['cce'] }));
    await waitFor(() =>
      expect(
        within(grid).getByRole('cell', { name: 'Friday 22:00–23:00: 1 incident' }),
      ).toBeVisible(),
    );
  });

  it('plays: a window moves a day a second along a month, Pause stops it', async () => {
    const bar = await openBar();
    vi.useFakeTimers();
    try {
      const from = within(bar).getByRole('slider', { name: 'From' });
      fireEvent.click(within(bar).getByRole('button', { name: 'Play' }));
      await act(() => vi.advanceTimersByTimeAsync(20));
      // The whole month was shown: Play starts with four days from its start.
      expect(useFilters.getState().filter).toMatchObject({ dateFrom: null, dateTo: '2026-03-04' });
      await act(() => vi.advanceTimersByTimeAsync(PLAY_STEP_MS));
      expect(from).toHaveAttribute('aria-valuetext', '2 March 2026');
      await act(() => vi.advanceTimersByTimeAsync(PLAY_STEP_MS));
      expect(useIncidentFilter.getState().filter).toMatchObject({
        from: '2026-03-03',
        to: '2026-03-06',
      });
      fireEvent.click(within(bar).getByRole('button', { name: 'Pause' }));
      await act(() => vi.advanceTimersByTimeAsync(3 * PLAY_STEP_MS));
      expect(from).toHaveAttribute('aria-valuetext', '3 March 2026');
      expect(within(bar).getByRole('button', { name: 'Play' })).toBeEnabled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops playing at the end of the span', async () => {
    const bar = await openBar();
    vi.useFakeTimers();
    try {
      fireEvent.click(within(bar).getByRole('button', { name: 'Play' }));
      // Four days from the 1st, then a day a second: 27 steps to end on the 31st, one more to stop.
      await act(() => vi.advanceTimersByTimeAsync(29 * PLAY_STEP_MS));
      expect(within(bar).getByRole('slider', { name: 'To' })).toHaveAttribute(
        'aria-valuetext',
        '31 March 2026',
      );
      expect(within(bar).getByRole('slider', { name: 'From' })).toHaveAttribute(
        'aria-valuetext',
        '28 March 2026',
      );
      expect(within(bar).getByRole('button', { name: 'Play' })).toBeVisible();
      expect(useFilters.getState().filter).toMatchObject({ dateFrom: '2026-03-28', dateTo: null });
    } finally {
      vi.useRealTimers();
    }
  });

  it('says so plainly on a board with no dates', async () => {
    const bar = await openBar({
      associations: [associations[2]!],
      incidents: [],
    });
    expect(
      within(bar).getByText('No association dates or incident times on this board yet.'),
    ).toBeVisible();
    expect(within(bar).queryByRole('slider')).toBeNull();
  });
});
