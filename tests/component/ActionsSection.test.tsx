import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { formatDate } from '../../src/domain/dates';
import { freshDb } from '../unit/dbHelpers';
import { boardWithPeople } from '../unit/busHelpers';
import { BoardHarness, daysFromToday, resetStores, selectPeople } from './componentHelpers';

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea']);
});

async function openActionsOf(name: string, id: string) {
  const user = userEvent.setup();
  selectPeople(id);
  render(<BoardHarness boardId="b1" />);
  const panel = await screen.findByRole('region', { name: `Details of ${name}` });
  const section = within(panel).getByRole('region', { name: 'Actions' });
  return { user, section };
}

const storedActions = () => d.actions.where('boardId').equals('b1').toArray();

describe('the Actions section of a person', () => {
  it('adds an action with agency, owner and dates, listed with its status and due date', async () => {
    const { user, section } = await openActionsOf('Ali', 'p1');
    expect(section).toHaveTextContent('No open actions');
    await user.click(within(section).getByRole('button', { name: 'New action' }));
    const form = within(section).getByRole('form', { name: 'New action' });
    // The due date starts two weeks out, shown in words.
    expect(within(form).getByLabelText('Due date')).toHaveValue(daysFromToday(14));
    expect(form).toHaveTextContent(formatDate(daysFromToday(14)));
    await user.type(within(form).getByLabelText('Action'), 'Home visit');
    await user.type(within(form).getByLabelText('Owning agency'), 'Police');
    await user.type(within(form).getByLabelText('Named owner'), 'PC Ellis');
    await user.selectOptions(within(form).getByLabelText('Context it addresses'), 'Home / family');
    await user.click(within(form).getByRole('button', { name: 'Add action' }));

    await waitFor(() => expect(section).toHaveTextContent('1 open action'));
    expect(section).toHaveTextContent(`Planned · due ${formatDate(daysFromToday(14))}`);
    expect(section).toHaveTextContent('Police, PC Ellis');
    const [stored] = await storedActions();
    expect(stored).toMatchObject({
      targetKind: 'person',
      targetId: 'p1',
      description: 'Home visit',
      agency: 'Police',
      owner: 'PC Ellis',
      context: 'home',
      dueDate: daysFromToday(14),
      status: 'planned',
    });
  });

  it('adds an action with several agencies: the owner and the others working with it', async () => {
    const { user, section } = await openActionsOf('Ali', 'p1');
    await user.click(within(section).getByRole('button', { name: 'New action' }));
    const form = within(section).getByRole('form', { name: 'New action' });
    await user.type(within(form).getByLabelText('Action'), 'Joint visit');
    await user.type(within(form).getByLabelText('Owning agency'), 'Police');
    await user.type(
      within(form).getByLabelText('Also agencies'),
      'Youth offending service, Police, Housing',
    );
    await user.click(within(form).getByRole('button', { name: 'Add action' }));

    await waitFor(() =>
      expect(section).toHaveTextContent('Police with Youth offending service, Housing'),
    );
    const [stored] = await storedActions();
    expect(stored).toMatchObject({
      agency: 'Police',
      partners: ['Youth offending service', 'Housing'],
    });
    // The row's editor shows them too, and edits them as a list.
    await user.click(within(section).getByRole('button', { name: 'Edit action: Joint visit' }));
    expect(within(section).getByLabelText('Also agencies')).toHaveValue(
      'Youth offending service, Housing',
    );
  });

  it('refuses no agency, no due date and a review before the due date, keeping what was typed', async () => {
    const { user, section } = await openActionsOf('Ali', 'p1');
    await user.click(within(section).getByRole('button', { name: 'New action' }));
    const form = within(section).getByRole('form', { name: 'New action' });
    await user.type(within(form).getByLabelText('Action'), 'Home visit');
    await user.clear(within(form).getByLabelText('Due date'));
    await user.click(within(form).getByRole('button', { name: 'Add action' }));

    expect(within(form).getByLabelText('Owning agency')).toHaveAccessibleDescription(
      'Choose the agency that owns this action',
    );
    expect(within(form).getByLabelText('Due date')).toHaveAccessibleDescription('Give a due date');
    expect(within(form).getByLabelText('Action')).toHaveValue('Home visit');

    await user.type(within(form).getByLabelText('Owning agency'), 'Police');
    await user.type(within(form).getByLabelText('Due date'), daysFromToday(10));
    await user.type(within(form).getByLabelText('Review date'), daysFromToday(5));
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    expect(within(form).getByLabelText('Review date')).toHaveAccessibleDescription(
      'The review date cannot be before the due date',
    );
    expect(within(form).getByLabelText('Owning agency')).toHaveValue('Police');
    expect(await storedActions()).toEqual([]);
  });

  it('edits the status in place and marks an overdue action in words', async () => {
    const { user, section } = await openActionsOf('Ali', 'p1');
    await user.click(within(section).getByRole('button', { name: 'New action' }));
    const form = within(section).getByRole('form', { name: 'New action' });
    await user.type(within(form).getByLabelText('Action'), 'School meeting');
    await user.type(within(form).getByLabelText('Owning agency'), 'Education');
    await user.click(within(form).getByRole('button', { name: 'Add action' }));
    await waitFor(() => expect(section).toHaveTextContent('1 open action'));

    await user.click(within(section).getByRole('button', { name: 'Edit action: School meeting' }));
    await user.selectOptions(within(section).getByLabelText('Status'), 'In progress');
    await waitFor(async () => expect((await storedActions())[0]?.status).toBe('in-progress'));
    expect(section).toHaveTextContent('In progress · due');

    const due = within(section).getByLabelText('Due date');
    await user.clear(due);
    await user.type(due, daysFromToday(-3));
    await waitFor(() => expect(section).toHaveTextContent('1 open action, 1 overdue'));
    expect(section).toHaveTextContent('· overdue');

    await user.selectOptions(within(section).getByLabelText('Status'), 'Done');
    await waitFor(() => expect(section).toHaveTextContent('No open actions; 1 done or dropped'));
  });
});
