import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { addDays, formatDate, todayString } from '../../src/domain/dates';
import { newPerson } from '../../src/domain/kinds/person';
import { ActionsTable } from '../../src/features/actions/ActionsTable';
import type { Names } from '../../src/features/names/useNames';
import { sampleAction, sampleGroup, samplePlace } from '../unit/sampleRecords';

const day = (n: number) => addDays(todayString(), n);
const people = [newPerson('p1', 'b1', { displayName: 'Ali Khan' })];
const groups = [sampleGroup('g1', 'b1', { name: 'Market lads' })];
const places = [samplePlace('pl1', 'b1', { name: 'Kestrel Park' })];
const actions = [
  sampleAction('a1', 'b1', {
    targetKind: 'person',
    targetId: 'p1',
    description: 'Home visit',
    agency: 'Police',
    dueDate: day(20),
    reviewDate: null,
    status: 'planned',
  }),
  sampleAction('a2', 'b1', {
    targetKind: 'place',
    targetId: 'pl1',
    description: 'Park patrols',
    agency: 'Youth service',
    dueDate: day(-5),
    reviewDate: null,
    status: 'in-progress',
  }),
  sampleAction('a3', 'b1', {
    targetKind: 'group',
    targetId: 'g1',
    description: 'One lead worker',
    agency: 'Children’s social care',
    dueDate: day(5),
    reviewDate: null,
    status: 'done',
  }),
];

const names = (presenterSafe = false): Names => ({
  policy: presenterSafe ? 'initials' : 'full',
  hiding: presenterSafe,
  presenterSafe,
  of: (p) => (presenterSafe ? 'A.K.' : p.displayName),
  ofId: () => '',
  mask: (t) => (presenterSafe ? t.replaceAll('Ali Khan', 'A.K.') : t),
});

function renderTable(presenterSafe = false) {
  const onPick = vi.fn();
  render(
    <ActionsTable
      content={{ actions, people, groups, places }}
      names={names(presenterSafe)}
      onPick={onPick}
    />,
  );
  const table = screen.getByRole('table');
  const descriptions = () =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[1]!.textContent);
  return { onPick, table, descriptions, user: userEvent.setup() };
}

describe('the actions table', () => {
  it('lists every action soonest due first, naming the target and marking overdue in words', () => {
    const { table, descriptions } = renderTable();
    expect(descriptions()).toEqual(['Park patrols', 'One lead worker', 'Home visit']);
    const park = within(table).getByRole('row', { name: /Park patrols/ });
    expect(park).toHaveTextContent('Kestrel Park');
    expect(park).toHaveTextContent('In progress · overdue');
    expect(park).toHaveTextContent(formatDate(day(-5)));
    expect(within(table).getByRole('columnheader', { name: 'Due' })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('sorts by agency and status with the header buttons, and reverses on a second press', async () => {
    const { table, descriptions, user } = renderTable();
    await user.click(within(table).getByRole('button', { name: 'Agency' }));
    expect(descriptions()).toEqual(['One lead worker', 'Home visit', 'Park patrols']);
    expect(within(table).getByRole('columnheader', { name: /Agency/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(within(table).getByRole('columnheader', { name: /Due/ })).toHaveAttribute(
      'aria-sort',
      'none',
    );
    await user.click(within(table).getByRole('button', { name: /Agency/ }));
    expect(descriptions()).toEqual(['Park patrols', 'Home visit', 'One lead worker']);
    await user.click(within(table).getByRole('button', { name: 'Status' }));
    expect(descriptions()).toEqual(['Home visit', 'Park patrols', 'One lead worker']);
  });

  it('filters by agency and status and says how many the filters hide', async () => {
    const { descriptions, user } = renderTable();
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'open');
    expect(descriptions()).toEqual(['Park patrols', 'Home visit']);
    expect(screen.getByRole('status')).toHaveTextContent('1 hidden by filters');
    await user.selectOptions(screen.getByLabelText('Filter by agency'), 'Police');
    expect(descriptions()).toEqual(['Home visit']);
    expect(screen.getByRole('status')).toHaveTextContent('2 hidden by filters');
  });

  it('picks the target when its name is clicked, named presenter-safe when that is on', async () => {
    const { onPick, user, table } = renderTable(true);
    expect(table).not.toHaveTextContent('Ali Khan');
    await user.click(within(table).getByRole('button', { name: 'A.K.' }));
    expect(onPick).toHaveBeenCalledWith({ kind: 'person', id: 'p1' });
  });
});
