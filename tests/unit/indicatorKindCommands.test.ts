import { beforeEach, describe, expect, it } from 'vitest';
import { runCommand, undo } from '../../src/commands/bus';
import {
  addIndicatorKind,
  flagIndicatorKind,
  removeIndicatorKind,
  renameIndicatorKind,
} from '../../src/commands/boards/indicatorKinds';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import { updatePersonWith } from '../../src/commands/people/updatePerson';
import type { PeersDb } from '../../src/db/database';
import type { Board } from '../../src/domain/kinds/board';
import { boardWithPeople, expectRefused, getPerson, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;
const board = async (): Promise<Board> => (await d.boards.get('b1'))!;
const kinds = async () => (await board()).indicatorKinds;

beforeEach(async () => {
  d = await freshDb();
  setUserName('Sam');
  await boardWithPeople('b1', ['Ali', 'Bea']);
  history.clear();
});

async function recordIndicator(personId: string, kind: string, date: string) {
  const person = await getPerson(d, personId);
  await mustRun(
    updatePersonWith(person, 'indicators', (p) => ({
      indicators: [...p.indicators, { id: `${personId}-${kind}-${date}`, kind, date, note: '' }],
    })),
  );
}

describe('the board’s indicator list', () => {
  it('adds a kind with a key from its label, flagged as asked, and undo takes it away', async () => {
    const before = await kinds();
    await mustRun(addIndicatorKind(await board(), 'Going missing from care', true));
    const after = await kinds();
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toEqual({
      key: 'going-missing-from-care',
      label: 'Going missing from care',
      exploitation: true,
    });
    await undo('b1');
    expect(await kinds()).toEqual(before);
  });

  it('keeps HTML and formula-like labels as plain text, and never reuses a key', async () => {
    await mustRun(addIndicatorKind(await board(), '<b>Missing</b>', false));
    await mustRun(addIndicatorKind(await board(), '=HYPERLINK("x")', false));
    const added = (await kinds()).slice(-2);
    expect(added.map((k) => k.label)).toEqual(['<b>Missing</b>', '=HYPERLINK("x")']);
    expect(added[0]!.key).toBe('b-missing-b');
    expect(added[1]!.key).toBe('hyperlink-x');
    await mustRun(addIndicatorKind(await board(), 'Hyperlink x', false));
    expect((await kinds()).at(-1)!.key).toBe('hyperlink-x-2');
  });

  it('refuses a label the list already has', async () => {
    expectRefused(
      await runCommand(addIndicatorKind(await board(), 'missing EPISODE', true)),
      /already has “Missing episode”/,
    );
    expectRefused(
      await runCommand(renameIndicatorKind(await board(), 'injury', 'Missing episode')),
      /already has/,
    );
  });

  it('renames a kind and changes its flag; recorded indicators keep their kind', async () => {
    await recordIndicator('p1', 'exclusion', '2025-01-10');
    await mustRun(renameIndicatorKind(await board(), 'exclusion', 'Suspended or excluded'));
    await mustRun(flagIndicatorKind(await board(), 'exclusion', true));
    expect((await kinds()).find((k) => k.key === 'exclusion')).toEqual({
      key: 'exclusion',
      label: 'Suspended or excluded',
      exploitation: true,
    });
    expect((await getPerson(d, 'p1')).indicators[0]!.kind).toBe('exclusion');
  });

  it('refuses to remove a kind still used, naming how many indicators use it', async () => {
    await recordIndicator('p1', 'missing', '2025-01-10');
    await recordIndicator('p2', 'missing', '2025-02-11');
    const before = await kinds();
    expectRefused(
      await runCommand(removeIndicatorKind(await board(), 'missing')),
      /“Missing episode” is used by 2 recorded indicators/,
    );
    expect(await kinds()).toEqual(before);
    await mustRun(removeIndicatorKind(await board(), 'injury'));
    expect((await kinds()).some((k) => k.key === 'injury')).toBe(false);
  });
});
