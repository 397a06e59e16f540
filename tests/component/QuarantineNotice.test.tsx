import { render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { linkPeople } from '../../src/commands/associations/linkPeople';
import { createBoard } from '../../src/commands/boards/createBoard';
import { addPerson } from '../../src/commands/people/addPerson';
import type { PeersDb } from '../../src/db/database';
import { newBoard } from '../../src/domain/kinds/board';
import { newPerson } from '../../src/domain/kinds/person';
import type { Board } from '../../src/domain/kinds/board';
import type { Person } from '../../src/domain/kinds/person';
import { BoardListPage } from '../../src/features/boards/BoardListPage';
import { freshDb } from '../unit/dbHelpers';
import { boardFields, mustRun } from '../unit/busHelpers';
import { T0 } from '../unit/sampleRecords';
import { BoardHarness, installDialogPolyfill, resetStores, selectPeople } from './componentHelpers';

// Stored records are validated once per id and `updatedAt`, so every invalid record here has an id
// of its own.
let d: PeersDb;

beforeAll(installDialogPolyfill);

beforeEach(async () => {
  d = await freshDb();
  resetStores();
});

describe('records that fail validation on load', () => {
  it('a board with an empty title is reported as kept aside, not listed, and stays stored', async () => {
    await mustRun(createBoard('b-good', boardFields));
    const bad: Board = {
      ...newBoard('qn-bad-board', { ...boardFields, title: '' }),
      createdAt: T0,
      updatedAt: T0,
    };
    await d.boards.put(bad);

    render(<BoardListPage />);
    // A damaged board is a row of its own (features/boards/DamagedBoards.tsx), saying what is wrong.
    const row = await screen.findByRole('listitem', {
      name: 'A board could not be read (damaged)',
    });
    expect(row).toHaveTextContent(
      'Its record on this device is damaged: Enter a title; it cannot be empty or only spaces (the title). It is kept aside, not deleted',
    );

    const list = screen.getByRole('list', { name: 'Boards on this device' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByRole('listitem', { name: boardFields.title })).toBeInTheDocument();

    expect(await d.boards.get('qn-bad-board')).toEqual(bad);
  });

  it('a person of an unknown kind is reported on the board, left out of it, and stays stored', async () => {
    await mustRun(createBoard('b1', boardFields));
    await mustRun(addPerson('b1', 'p1', { displayName: 'Ali' }, { x: 0, y: 0 }));
    await mustRun(addPerson('b1', 'qn-gang', { displayName: 'Cal' }, { x: 100, y: 0 }));
    await mustRun(
      linkPeople(
        'b1',
        'qn-a1',
        { id: 'p1', name: 'Ali' },
        { id: 'qn-gang', name: 'Cal' },
        'friendship',
      ),
    );
    const bad = {
      ...newPerson('qn-gang', 'b1', { displayName: 'Cal' }),
      kind: 'gang',
      createdAt: T0,
      updatedAt: T0,
    };
    await d.people.put(bad as unknown as Person);
    selectPeople('qn-gang');

    render(<BoardHarness boardId="b1" />);
    const notice = await screen.findByRole('alert', { name: 'Records set aside' });
    expect(within(notice).getByRole('listitem')).toHaveTextContent(
      'A person (qn-gang): "gang" is not a known kind of person (the kind)',
    );

    // The People list renders just after the diagram (a deferred value): wait for it.
    const people = await screen.findByRole('listbox', { name: /People/ });
    expect(
      within(people)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ali']);
    // The kept-aside person is not opened in the panel, and their association is not shown either.
    expect(screen.queryByRole('region', { name: 'Details of Cal' })).not.toBeInTheDocument();

    await waitFor(async () => expect(await d.people.get('qn-gang')).toEqual(bad));
    expect(await d.associations.get('qn-a1')).toBeDefined();
  });
});
