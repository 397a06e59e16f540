import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAction } from '../../src/commands/actions/actionCommands';
import { addBoardRecords } from '../../src/commands/boards/addBoardRecords';
import { setUserName } from '../../src/commands/identity';
import { updatePerson } from '../../src/commands/people/updatePerson';
import type { PeersDb } from '../../src/db/database';
import { useBoardContent } from '../../src/db/queries';
import { newAssociation } from '../../src/domain/kinds/association';
import { newBoard } from '../../src/domain/kinds/board';
import { newPerson } from '../../src/domain/kinds/person';
import { ChecksControl } from '../../src/features/checks/ChecksControl';
import { useNames } from '../../src/features/names/useNames';
import { SidePanel } from '../../src/features/board/SidePanel';
import { useActionCapture } from '../../src/state/actionCaptureStore';
import { NO_SELECTION, useUi } from '../../src/state/uiStore';
import { mustRun } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { samplePlace } from '../unit/sampleRecords';
import { resetStores } from './componentHelpers';

let d: PeersDb;
const B = 'b1';
const ind = (id: string, kind: string, date: string) => ({ id, kind, date, note: '' });

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam Chair');
  await mustRun(
    addBoardRecords(
      newBoard(B, {
        title: 'Harrowfield',
        purpose: 'Training',
        owner: 'Sam',
        reviewDate: '2099-01-01',
      }),
      [
        {
          table: 'people',
          record: newPerson('p1', B, {
            displayName: 'Ethan Walsh',
            school: 'Harrowfield Academy',
            indicators: [ind('i1', 'missing', '2026-06-14'), ind('i2', 'injury', '2026-08-03')],
          }),
        },
        {
          table: 'people',
          record: newPerson('p2', B, { displayName: 'Dylan Evans', school: 'harrowfield academy' }),
        },
        {
          table: 'associations',
          record: newAssociation('a1', B, { fromId: 'p1', toId: 'p2', kind: 'bullying' }),
        },
        {
          table: 'places',
          record: samplePlace('pl1', B, { name: 'Kestrel Park', kind: 'park', agencies: [] }),
        },
      ],
      'Add board',
    ),
  );
});
afterEach(() => d.close());

function Harness() {
  const content = useBoardContent(B);
  const names = useNames(
    content ?? {
      board: newBoard(B, { title: 't', purpose: 'p', owner: 'o', reviewDate: '2099-01-01' }),
      people: [],
    },
  );
  if (!content) return <p>Opening board…</p>;
  return (
    <div>
      <ChecksControl content={content} names={names} />
      <SidePanel content={content} />
    </div>
  );
}

async function openChecks(open: number) {
  const user = userEvent.setup();
  render(<Harness />);
  await user.click(await screen.findByRole('button', { name: `Checks, ${open} open` }));
  return { user, panel: await screen.findByRole('region', { name: 'Contextual checks' }) };
}

const finding = (panel: HTMLElement, title: string) =>
  within(panel).getByRole('listitem', { name: title });

describe('Contextual checks panel', () => {
  it('lists each open check with its reason, and its links select the records', async () => {
    const { user, panel } = await openChecks(3);
    const pair = finding(panel, 'Same school: Ethan Walsh and Dylan Evans');
    expect(pair).toHaveTextContent(
      'recorded bullying association and are both at Harrowfield Academy',
    );
    expect(finding(panel, 'No partner action for Kestrel Park')).toHaveTextContent('Park wardens');
    expect(finding(panel, 'Cumulative concern: Ethan Walsh')).toHaveTextContent(
      'Missing episode (14 Jun 2026) and Physical injury (3 Aug 2026)',
    );

    await user.click(within(pair).getByRole('button', { name: 'Show person Dylan Evans' }));
    expect(useUi.getState().selection.people).toEqual(['p2']);
    await user.click(
      within(pair).getByRole('button', { name: 'Show association Ethan Walsh – Dylan Evans' }),
    );
    expect(useUi.getState().selection).toEqual({ ...NO_SELECTION, associations: ['a1'] });
  });

  it('closes with Escape and gives focus back to the Checks button', async () => {
    const { user, panel } = await openChecks(3);
    await user.click(within(panel).getAllByRole('button', { name: /^Show / })[0]!);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Contextual checks' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Checks, 3 open' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Checks, 3 open' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('refuses an empty reason, then keeps a considered check apart until it is reopened', async () => {
    const { user, panel } = await openChecks(3);
    const park = finding(panel, 'No partner action for Kestrel Park');
    await user.click(within(park).getByRole('button', { name: 'Considered: not applicable…' }));
    await user.click(within(park).getByRole('button', { name: 'Save reason' }));
    expect(within(park).getByRole('alert')).toHaveTextContent(
      'Give a reason why this check does not apply',
    );
    expect((await d.boards.get(B))!.considered).toEqual([]);

    await user.type(
      within(park).getByLabelText('Why does this not apply?'),
      'Park closed for works',
    );
    await user.click(within(park).getByRole('button', { name: 'Save reason' }));
    await screen.findByRole('button', { name: 'Checks, 2 open' });
    const considered = within(panel).getByRole('list', { name: 'Considered checks' });
    const kept = within(considered).getByRole('listitem', {
      name: 'No partner action for Kestrel Park',
    });
    expect(kept).toHaveTextContent('Not applicable: Park closed for works (Sam Chair');
    expect(within(panel).getByRole('list', { name: 'Open checks' })).not.toHaveTextContent(
      'Kestrel Park',
    );

    await user.click(within(kept).getByRole('button', { name: 'Reopen' }));
    await screen.findByRole('button', { name: 'Checks, 3 open' });
  });

  it('follows the board live: a new action or a changed school clears a check', async () => {
    const { panel } = await openChecks(3);
    await act(() =>
      mustRun(
        addAction(B, 'act1', {
          targetKind: 'place',
          targetId: 'pl1',
          description: 'Warden patrols after school',
          agency: 'Parks and open spaces',
          dueDate: '2099-01-01',
        }),
      ),
    );
    await screen.findByRole('button', { name: 'Checks, 2 open' });
    const dylan = (await d.people.get('p2'))!;
    await act(() => mustRun(updatePerson(dylan, { school: 'Kestrel Vale School' })));
    await screen.findByRole('button', { name: 'Checks, 1 open' });
    expect(panel).not.toHaveTextContent('Same school');
  });

  it('uses presenter-safe names in titles, reasons and links', async () => {
    const { panel } = await openChecks(3);
    act(() => useUi.getState().setPresenterSafe(true));
    await waitFor(() => expect(panel).not.toHaveTextContent('Ethan Walsh'));
    expect(finding(panel, 'Same school: EW and DE')).toBeVisible();
  });

  it('masks names in a considered reason under presenter-safe names', async () => {
    const { user, panel } = await openChecks(3);
    const park = finding(panel, 'No partner action for Kestrel Park');
    await user.click(within(park).getByRole('button', { name: 'Considered: not applicable…' }));
    await user.type(within(park).getByLabelText('Why does this not apply?'), 'Ethan never goes');
    await user.click(within(park).getByRole('button', { name: 'Save reason' }));
    const considered = await within(panel).findByRole('list', { name: 'Considered checks' });
    expect(considered).toHaveTextContent('Not applicable: Ethan never goes');
    act(() => useUi.getState().setPresenterSafe(true));
    await waitFor(() => expect(considered).not.toHaveTextContent('Ethan'));
    expect(considered).toHaveTextContent('Not applicable: EW never goes');
  });

  it('draws the cumulative concern together in the person’s panel', async () => {
    useUi.setState({ selection: { ...NO_SELECTION, people: ['p1'] } });
    render(<Harness />);
    const note = await screen.findByRole('note', { name: 'Cumulative concern' });
    expect(
      within(note)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Missing episode (14 Jun 2026)', 'Physical injury (3 Aug 2026)']);
    useUi.setState({ selection: { ...NO_SELECTION, people: ['p2'] } });
    await waitFor(() =>
      expect(screen.queryByRole('note', { name: 'Cumulative concern' })).toBeNull(),
    );
  });

  it('opens the quick action capture aimed at the record a check is about, with a wording', async () => {
    const { user, panel } = await openChecks(3);
    const park = finding(panel, 'No partner action for Kestrel Park');
    await user.click(within(park).getByRole('button', { name: 'Add action' }));
    expect(useUi.getState().selection).toEqual({ ...NO_SELECTION, places: ['pl1'] });
    const capture = useActionCapture.getState();
    expect(capture.target).toEqual({ kind: 'place', id: 'pl1' });
    expect(capture.description).toBe('Partner agency action to reduce the risk at this place');
    capture.close();
  });
});
