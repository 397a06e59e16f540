import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addAction } from '../../src/commands/actions/actionCommands';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { createGroup } from '../../src/commands/groups/createGroup';
import { setMemberRole } from '../../src/commands/groups/membership';
import { addPerson } from '../../src/commands/people/addPerson';
import { updatePerson } from '../../src/commands/people/updatePerson';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import {
  CLOSED_SECTIONS_SETTING,
  readClosedSections,
  useSections,
} from '../../src/features/people/sectionsOpen';
import { useUi } from '../../src/state/uiStore';
import { boardWithPeople, getPerson, mustRun } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { BoardHarness, daysFromToday, resetStores, selectPeople } from './componentHelpers';

/**
 * The person panel a chair can scan: a summary first (risk, harm role, groups with roles, links,
 * open actions), the person's associations (each selects itself), sections that fold away and stay
 * folded, and under presenter-safe the details a projector must not show, each saying so.
 */

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  useSections.setState({ closed: new Set() });
  setUserName('Sam');
  await boardWithPeople('b1', ['Leon Price', 'Kira Shah', 'Jay Ellis']);
  const leon = await getPerson(d, 'p1');
  await mustRun(
    updatePerson(leon, {
      riskLevel: 'significant',
      harmRole: 'harming',
      dateOfBirth: '2010-03-04',
      school: 'Kestrel Vale School',
      notes: 'Seen with older males at the station',
    }),
  );
  await mustRun(
    linkPeople('b1', 'a1', { id: 'p1', name: 'Leon' }, { id: 'p2', name: 'Kira' }, 'exploitation', {
      directed: true,
      confidence: 'reported',
    }),
  );
  await mustRun(
    linkPeople('b1', 'a2', { id: 'p3', name: 'Jay' }, { id: 'p1', name: 'Leon' }, 'friendship', {
      directed: false,
      confidence: 'confirmed',
    }),
  );
  await mustRun(createGroup('b1', 'g1', 'Parade group', '#1f6fb2', ['p1', 'p3']));
  const membership = (await d.memberships.where('personId').equals('p1').first())!;
  await mustRun(setMemberRole(membership, 'leader', 'Leon leads'));
  for (const [id, due] of [
    ['act1', daysFromToday(-3)],
    ['act2', daysFromToday(10)],
  ] as const)
    await mustRun(
      addAction('b1', id, {
        targetKind: 'person',
        targetId: 'p1',
        description: 'Home visit',
        agency: 'Youth offending service',
        dueDate: due,
      }),
    );
});

async function openLeon(name = 'Leon Price') {
  selectPeople('p1');
  const view = render(<BoardHarness boardId="b1" />);
  const panel = await screen.findByRole('region', { name: `Details of ${name}` });
  return { panel, view, user: userEvent.setup() };
}

describe('the person panel summary', () => {
  it('opens with risk, harm role, groups with roles, links and open actions', async () => {
    const { panel } = await openLeon();
    const summary = await within(panel).findByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('RiskSignificant');
    expect(summary).toHaveTextContent('Harm roleHarming');
    expect(summary).toHaveTextContent('GroupsParade group (leader)');
    expect(summary).toHaveTextContent('Links2 associations');
    expect(summary).toHaveTextContent('Actions2 open actions, 1 overdue');
    // The summary comes before the long sections.
    const sections = within(panel).getAllByRole('button', { expanded: true });
    expect(summary.compareDocumentPosition(sections[0]!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  });

  it('lists the associations with whom, kind, direction and confidence; each selects itself', async () => {
    const { panel, user } = await openLeon();
    const list = await within(panel).findByRole('region', { name: 'Associations' });
    const items = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items).toEqual([
      'Friendship with Jay Ellis Confirmed',
      'Exploitation towards Kira Shah Reported',
    ]);
    await user.click(within(list).getByRole('button', { name: 'Exploitation towards Kira Shah' }));
    expect(useUi.getState().selection.associations).toEqual(['a1']);
    // The side panel now shows that association.
    await screen.findByRole('region', { name: 'Association between Leon Price and Kira Shah' });
  });

  it('folds a long section away, and it stays folded for the next person and after a reload', async () => {
    const { panel, user, view } = await openLeon();
    const toggle = within(panel).getByRole('button', { name: 'Indicators' });
    expect(within(panel).getByRole('group', { name: 'Indicators' })).toBeVisible();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(within(panel).queryByRole('group', { name: 'Indicators' })).toBeNull();
    await waitFor(async () =>
      expect((await d.settings.get(CLOSED_SECTIONS_SETTING))?.value).toEqual(['person-indicators']),
    );
    // Another person: still folded.
    act(() => selectPeople('p2'));
    const kira = await screen.findByRole('region', { name: 'Details of Kira Shah' });
    expect(within(kira).getByRole('button', { name: 'Indicators' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    // A reload: the device remembers.
    view.unmount();
    useSections.setState({ closed: new Set() });
    await readClosedSections();
    selectPeople('p1');
    render(<BoardHarness boardId="b1" />);
    const again = await screen.findByRole('region', { name: 'Details of Leon Price' });
    expect(within(again).getByRole('button', { name: 'Indicators' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await user.click(within(again).getByRole('button', { name: 'Indicators' }));
    expect(within(again).getByRole('group', { name: 'Indicators' })).toBeVisible();
  });
});

describe('under presenter-safe names', () => {
  it('hides date of birth, school, indicators and notes, each saying so', async () => {
    act(() => useUi.setState({ presenterSafe: true }));
    const { panel } = await openLeon('LP');
    for (const label of ['Date of birth', 'School', 'Notes', 'Indicators (0)'])
      expect(within(panel).getByRole('group', { name: label })).toHaveTextContent(
        'Hidden while presenter-safe is on',
      );
    expect(within(panel).queryByRole('textbox', { name: 'School' })).toBeNull();
    expect(within(panel).queryByRole('textbox', { name: 'Notes' })).toBeNull();
    expect(panel.textContent).not.toContain('Kestrel Vale');
    expect(panel.textContent).not.toContain('older males');
    expect(panel.textContent).not.toContain('2010');
    // The summary still reads, with names as presenter-safe shows them.
    expect(within(panel).getByRole('region', { name: 'Summary' })).toHaveTextContent(
      'RiskSignificant',
    );
    expect(await within(panel).findByRole('region', { name: 'Associations' })).toHaveTextContent(
      'Exploitation towards KS',
    );
  });

  it('tells colliding initials apart in the panel, by who was recorded first', async () => {
    await mustRun(addPerson('b1', 'p4', { displayName: 'Lola Parks' }, { x: 400, y: 0 }));
    act(() => useUi.setState({ presenterSafe: true }));
    selectPeople('p4');
    render(<BoardHarness boardId="b1" />);
    await screen.findByRole('region', { name: 'Details of LP (2)' });
    act(() => selectPeople('p1'));
    await screen.findByRole('region', { name: 'Details of LP' });
  });
});
