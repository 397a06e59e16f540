import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkHandle } from '../../src/adapters/cytoscape/intents';
import {
  LayoutCancelled,
  type LayoutEngine,
  type LayoutRunOptions,
} from '../../src/adapters/cytoscape/layout/layoutEngine';
import type {
  LayoutAlgorithm,
  LayoutInput,
  LayoutPosition,
} from '../../src/adapters/cytoscape/layout/types';
import { generateBoard } from '../../src/app/seedBoard';
import { addBoardRecords } from '../../src/commands/boards/addBoardRecords';
import { createBoard } from '../../src/commands/boards/createBoard';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import type { PeersDb } from '../../src/db/database';
import { useBoardContent } from '../../src/db/queries';
import { positionId } from '../../src/domain/kinds/position';
import { NETWORK_DRAWN_EVENT } from '../../src/features/network/activeNetwork';
import { LayoutMenu } from '../../src/features/network/layout/LayoutMenu';
import { useStatus } from '../../src/state/statusStore';
import { boardFields, boardWithPeople, mustRun } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { resetStores, selectPeople } from './componentHelpers';

/** A layout engine the test drives: it records each run and finishes it when told. */
function fakeEngine() {
  const runs: {
    input: LayoutInput;
    algorithm: LayoutAlgorithm;
    options: LayoutRunOptions;
    finish: (positions: LayoutPosition[]) => void;
  }[] = [];
  const prepare = vi.fn();
  const engine: LayoutEngine = {
    prepare,
    run: (input, algorithm, options = {}) =>
      new Promise((resolve, reject) => {
        options.onStage?.('starting');
        options.signal?.addEventListener('abort', () => reject(new LayoutCancelled()));
        runs.push({ input, algorithm, options, finish: resolve });
      }),
  };
  return { engine, runs, prepare };
}

function Harness({
  boardId,
  engine,
  handle,
}: {
  boardId: string;
  engine: LayoutEngine;
  handle: NetworkHandle;
}) {
  const content = useBoardContent(boardId);
  if (!content) return <p>Opening board…</p>;
  return <LayoutMenu content={content} handleRef={{ current: handle }} engine={engine} />;
}

const notices = () => useStatus.getState().notices.map((n) => n.text);
let d: PeersDb;

beforeEach(async () => {
  d = await freshDb();
  resetStores();
  setUserName('Sam');
});

async function open(boardId: string) {
  const user = userEvent.setup();
  const { engine, runs, prepare } = fakeEngine();
  const fit = vi.fn();
  const handle = { fit } as unknown as NetworkHandle;
  render(<Harness boardId={boardId} engine={engine} handle={handle} />);
  const button = await screen.findByRole('button', { name: 'Layout' });
  return { user, runs, prepare, fit, button };
}

describe('the Layout menu', () => {
  beforeEach(async () => {
    await boardWithPeople('b1', ['Ali', 'Bea', 'Cal']);
    history.clear();
  });

  it('works from the keyboard, and offers pinning only when people are selected', async () => {
    const { user, prepare, button } = await open('b1');
    button.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menu', { name: 'Lay out the network' })).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: 'Force-directed' })).toHaveFocus();
    expect(prepare).toHaveBeenCalled();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Concentric by number of links' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Unpin selected' })).toHaveFocus();
    expect(screen.getByRole('menuitem', { name: 'Pin selected' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();

    act(() => selectPeople('p1'));
    await user.click(button);
    expect(screen.getByRole('menuitem', { name: 'Pin selected' })).not.toHaveAttribute(
      'aria-disabled',
    );
  });

  it('writes the layout as one undo step and fits the view once it is drawn', async () => {
    const { user, runs, fit, button } = await open('b1');
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Grid' }));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.algorithm).toBe('grid');
    expect(runs[0]!.input.nodes.map((n) => [n.id, n.x, n.y, n.pinned])).toEqual([
      ['p1', 0, 0, false],
      ['p2', 100, 0, false],
      ['p3', 200, 0, false],
    ]);
    // A small board shows no progress: it is over in a moment.
    expect(screen.queryByRole('button', { name: /Cancel layout/ })).not.toBeInTheDocument();

    runs[0]!.finish([
      { id: 'p1', x: 10, y: 20 },
      { id: 'p2', x: 30, y: 40 },
      { id: 'p3', x: 50, y: 60 },
    ]);
    await waitFor(async () => expect((await d.positions.get(positionId('p3')))?.x).toBe(50));
    expect(history.peekUndo('b1')?.label).toBe('Lay out (grid)');
    expect(fit).not.toHaveBeenCalled();
    // The canvas reports the new positions drawn.
    act(() => {
      window.dispatchEvent(new CustomEvent(NETWORK_DRAWN_EVENT, { detail: { boardId: 'b1' } }));
    });
    await waitFor(() => expect(fit).toHaveBeenCalledTimes(1));
    expect(useStatus.getState().notices.at(-1)).toMatchObject({
      text: 'Laid out 3 people (grid).',
      undoScope: 'b1',
    });
  });

  it('pins the selected people, so the next layout leaves them where they are', async () => {
    const { user, runs, button } = await open('b1');
    act(() => selectPeople('p2'));
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Pin selected' }));
    await waitFor(async () => expect((await d.positions.get(positionId('p2')))?.pinned).toBe(true));
    expect(history.peekUndo('b1')?.label).toBe('Pin Bea');
    expect(notices()).toContain('Pinned Bea: layouts leave pinned people where they are.');

    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Circle' }));
    expect(runs[0]!.input.nodes.find((n) => n.id === 'p2')?.pinned).toBe(true);
  });
});

describe('a layout on a large board', () => {
  beforeEach(async () => {
    const { board, records } = generateBoard(7, 400, 0);
    await mustRun(addBoardRecords(board, records, 'Add'));
    history.clear();
  });

  const boardId = 'bench-7-400';
  const firstPerson = () => d.positions.get(positionId(`${boardId}-p0`));

  it('shows its progress, and Cancel stops it with nothing moved', async () => {
    const { user, runs, button } = await open(boardId);
    const before = await firstPerson();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Force-directed' }));
    const status = screen.getByText(/^Laying out 400 people… force-directed, starting/);
    expect(status.closest('[role=status]')).not.toBeNull();

    act(() => runs[0]!.options.onStage?.('refining'));
    expect(screen.getByText(/^Laying out 400 people… force-directed, refining/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: /Cancel layout/ }));
    expect(runs[0]!.options.signal?.aborted).toBe(true);
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Cancel layout/ })).not.toBeInTheDocument(),
    );
    expect(screen.queryByText(/Laying out/)).not.toBeInTheDocument();
    expect(notices()).toContain('Layout (force-directed) cancelled: nobody was moved.');
    // A result arriving after the cancel is not written. To know it has been dealt with, a second
    // layout is run and finished after it; once that one is written, the first would have been.
    runs[0]!.finish([{ id: `${boardId}-p0`, x: 9999, y: 9999 }]);
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Circle' }));
    expect(runs).toHaveLength(2);
    runs[1]!.finish([{ id: `${boardId}-p1`, x: 4321, y: 1234 }]);
    await waitFor(async () =>
      expect(await d.positions.get(positionId(`${boardId}-p1`))).toMatchObject({ x: 4321 }),
    );
    act(() => {
      window.dispatchEvent(new CustomEvent(NETWORK_DRAWN_EVENT, { detail: { boardId } }));
    });
    await waitFor(() => expect(notices()).toContain('Laid out 1 person (circle).'));
    expect(await firstPerson()).toEqual(before);
    // The only undo step is the second layout's.
    expect(history.popUndo(boardId)?.label).toBe('Lay out (circle)');
    expect(history.peekUndo(boardId)).toBeUndefined();
  });

  it('Escape cancels too', async () => {
    const { user, runs, button } = await open(boardId);
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Circle' }));
    expect(screen.getByText(/^Laying out 400 people… circle/)).toBeVisible();
    await user.keyboard('{Escape}');
    expect(runs[0]!.options.signal?.aborted).toBe(true);
    await waitFor(() => expect(screen.queryByText(/Laying out/)).not.toBeInTheDocument());
  });
});

describe('a layout on an empty board', () => {
  it('says there is nobody to lay out, and writes nothing', async () => {
    await mustRun(createBoard('empty', boardFields));
    history.clear();
    const { user, runs, button } = await open('empty');
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Concentric by number of links' }));
    expect(runs).toHaveLength(0);
    expect(notices()).toContain('There is nobody on this board to lay out yet. Add people first.');
    expect(history.peekUndo('empty')).toBeUndefined();
  });
});
