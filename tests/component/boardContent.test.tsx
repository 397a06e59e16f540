import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { undo } from '../../src/commands/bus';
import { addPerson } from '../../src/commands/people/addPerson';
import { PeersDb } from '../../src/db/database';
import { useBoardContent } from '../../src/db/queries';
import { newPerson } from '../../src/domain/factories';
import type { Person } from '../../src/domain/records/person';
import { freshDb } from '../unit/dbHelpers';
import { boardWithPeople, mustRun } from '../unit/busHelpers';
import { resetStores } from './componentHelpers';

let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  await boardWithPeople('b1', ['Ali', 'Bea']);
});

function PeopleNames({
  boardId,
  onPeople,
}: {
  boardId: string;
  onPeople?: (people: Person[]) => void;
}) {
  const content = useBoardContent(boardId);
  if (!content) return <p>Loading</p>;
  onPeople?.(content.people);
  return (
    <ul aria-label="People">
      {content.people.map((p) => (
        <li key={p.id}>{p.displayName}</li>
      ))}
    </ul>
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

type Where = { equals: (id: string) => { toArray: () => Promise<unknown[]> } };

/**
 * Counts the live query's reads of the people table by board, answering them with `answer` (given
 * the real read). Dexie hands out several objects per table, all sharing one prototype.
 */
function watchPeopleReads(answer: (read: () => Where) => Where): { count: number } {
  const reads = { count: 0 };
  const proto = Object.getPrototypeOf(d.people) as { where: (...args: unknown[]) => Where };
  const where = proto.where;
  vi.spyOn(proto, 'where').mockImplementation(function (this: { name: string }, ...args): Where {
    if (this.name !== 'people') return where.apply(this, args);
    reads.count++;
    return answer(() => where.apply(this, args));
  });
  return reads;
}

const listed = () =>
  within(screen.getByRole('list', { name: 'People' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('useBoardContent', () => {
  it('shows what this tab commits without waiting to read the board again', async () => {
    render(<PeopleNames boardId="b1" />);
    await screen.findByRole('list', { name: 'People' });
    // From here on no read of the people table ever finishes, so only the change sets the bus
    // announces can change what is shown.
    watchPeopleReads(() => ({ equals: () => ({ toArray: () => new Promise<never>(() => {}) }) }));

    await act(() => mustRun(addPerson('b1', 'p3', { displayName: 'Cal' }, { x: 0, y: 100 })));
    expect(listed()).toEqual(['Ali', 'Bea', 'Cal']);

    await act(() => undo('b1'));
    expect(listed()).toEqual(['Ali', 'Bea']);
  });

  it('shows each person once after the board is read again', async () => {
    render(<PeopleNames boardId="b1" />);
    await screen.findByRole('list', { name: 'People' });

    await act(() => mustRun(addPerson('b1', 'p3', { displayName: 'Cal' }, { x: 0, y: 100 })));
    await act(() => mustRun(addPerson('b1', 'p4', { displayName: 'Dan' }, { x: 0, y: 200 })));
    await waitFor(async () => expect(await d.people.count()).toBe(4));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));

    expect(listed().sort()).toEqual(['Ali', 'Bea', 'Cal', 'Dan']);
  });

  it('keeps the same list when reading the board again only confirms what is shown', async () => {
    const seen: Person[][] = [];
    render(<PeopleNames boardId="b1" onPeople={(people) => seen.push(people)} />);
    await screen.findByRole('list', { name: 'People' });
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const reads = watchPeopleReads((read) => ({
      equals: (id: string) => ({ toArray: () => held.then(() => read().equals(id).toArray()) }),
    }));

    await act(() => mustRun(addPerson('b1', 'p3', { displayName: 'Cal' }, { x: 0, y: 100 })));
    const shownAtCommit = seen.at(-1);
    expect(shownAtCommit?.map((p) => p.displayName)).toEqual(['Ali', 'Bea', 'Cal']);
    await waitFor(() => expect(reads.count).toBeGreaterThan(0));
    await act(async () => {
      release();
      await new Promise((resolve) => setTimeout(resolve, 100));
    });

    expect(seen.at(-1)).toBe(shownAtCommit);
  });

  it('still shows what another tab writes, which never passes through this tab', async () => {
    render(<PeopleNames boardId="b1" />);
    await screen.findByRole('list', { name: 'People' });
    const otherTab = new PeersDb(d.name);
    await otherTab.open();

    await otherTab.people.put(newPerson('p9', 'b1', { displayName: 'Dan' }));

    expect(await screen.findByText('Dan')).toBeInTheDocument();
    expect(listed()).toEqual(['Ali', 'Bea', 'Dan']);
    otherTab.close();
  });
});
