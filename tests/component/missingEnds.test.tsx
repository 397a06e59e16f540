import { render, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { createBoard } from '../../src/commands/boards/createBoard';
import { addPerson } from '../../src/commands/people/addPerson';
import type { PeersDb } from '../../src/db/database';
import { useBoardContent } from '../../src/db/queries';
import type { Person } from '../../src/domain/kinds/person';
import { MissingEndsNotice } from '../../src/features/boards';
import { freshDb } from '../unit/dbHelpers';
import { boardFields, mustRun } from '../unit/busHelpers';
import { sampleGroup, sampleMembership, samplePlace, samplePlaceLink } from '../unit/sampleRecords';
import { resetStores } from './componentHelpers';

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
});

/** The board as the board page shows it: the notice, and how many links are drawn. */
function Harness() {
  const content = useBoardContent('b1');
  if (!content) return <p>Opening board…</p>;
  return (
    <div>
      <MissingEndsNotice missing={content.missingEnds} />
      <p>
        Drawn: {content.associations.length} associations, {content.memberships.length} memberships,{' '}
        {content.placeLinks.length} place links
      </p>
    </div>
  );
}

async function aliLinkedToBeaAndCal() {
  await mustRun(createBoard('b1', boardFields));
  await mustRun(addPerson('b1', 'p-ali', { displayName: 'Ali' }, { x: 0, y: 0 }));
  await mustRun(addPerson('b1', 'p-bea', { displayName: 'Bea' }, { x: 100, y: 0 }));
  await mustRun(addPerson('b1', 'p-cal', { displayName: 'Cal' }, { x: 200, y: 0 }));
  const ali = { id: 'p-ali', name: 'Ali' };
  await mustRun(linkPeople('b1', 'a-bea', ali, { id: 'p-bea', name: 'Bea' }, 'friendship'));
  await mustRun(linkPeople('b1', 'a-cal', ali, { id: 'p-cal', name: 'Cal' }, 'friendship'));
}

describe('links to a record that is not on the board', () => {
  it('a board with every end present says nothing', async () => {
    await aliLinkedToBeaAndCal();
    render(<Harness />);
    expect(await screen.findByText(/Drawn: 2 associations/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('associations to people deleted outside the app are reported, not drawn, and kept', async () => {
    await aliLinkedToBeaAndCal();
    // Deleted outside the app (another tool, a damaged store): the associations stay behind.
    await d.people.bulkDelete(['p-bea', 'p-cal']);
    render(<Harness />);
    const notice = await screen.findByRole('alert', { name: 'Links to records not on this board' });
    expect(notice).toHaveTextContent('2 associations point to people not on this board.');
    expect(notice).toHaveTextContent('not drawn on the diagram or the map; they stay stored');
    // Counts only: the names at the ends never show here, whatever the name policy.
    expect(notice).not.toHaveTextContent('Ali');
    expect(screen.getByText(/Drawn: 0 associations/)).toBeInTheDocument();
    expect(await d.associations.count()).toBe(2);
  });

  it('an association to a damaged person, a membership and a place link with a missing end are each counted', async () => {
    await aliLinkedToBeaAndCal();
    const cal = await d.people.get('p-cal');
    await d.people.put({ ...cal!, kind: 'not-a-kind' as Person['kind'], updatedAt: 'x' });
    await d.groups.put(sampleGroup('g1', 'b1'));
    await d.memberships.put(sampleMembership('m-ok', 'b1', 'g1', 'p-ali'));
    await d.memberships.put(sampleMembership('m-gone', 'b1', 'g-gone', 'p-ali'));
    await d.places.put(samplePlace('pl1', 'b1'));
    await d.placeLinks.put(samplePlaceLink('pll-gone', 'b1', 'pl-gone', 'p-ali'));
    render(<Harness />);
    const notice = await screen.findByRole('alert', { name: 'Links to records not on this board' });
    expect(notice).toHaveTextContent(
      '1 association points to someone not on this board; 1 group membership points to a person or group not on this board; 1 place link points to a person, group or place not on this board.',
    );
    await waitFor(() =>
      expect(screen.getByText(/Drawn:/)).toHaveTextContent(
        'Drawn: 1 associations, 1 memberships, 0 place links',
      ),
    );
  });
});
