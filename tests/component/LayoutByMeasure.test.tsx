import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { NetworkHandle } from '../../src/adapters/cytoscape/intents';
import {
  LayoutCancelled,
  type LayoutEngine,
  type LayoutRunOptions,
} from '../../src/adapters/cytoscape/layout/layoutEngine';
import type { LayoutAlgorithm } from '../../src/adapters/cytoscape/layout/types';
import { generateBoard } from '../../src/app/seedBoard';
import { addBoardRecords } from '../../src/commands/boards/addBoardRecords';
import { history } from '../../src/commands/history';
import { setUserName } from '../../src/commands/identity';
import { useBoardContent } from '../../src/db/queries';
import { LayoutMenu } from '../../src/features/network/layout/LayoutMenu';
import { useStatus } from '../../src/state/statusStore';
import { mustRun } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { resetStores } from './componentHelpers';

function Harness({ boardId, engine }: { boardId: string; engine: LayoutEngine }) {
  const content = useBoardContent(boardId);
  if (!content) return <p>Opening board…</p>;
  const handle = { fit: () => undefined } as unknown as NetworkHandle;
  return <LayoutMenu content={content} handleRef={{ current: handle }} engine={engine} />;
}

const notices = () => useStatus.getState().notices.map((n) => n.text);
const boardId = 'bench-8-400';

describe('a concentric layout by a measure', () => {
  beforeEach(async () => {
    await freshDb();
    resetStores();
    setUserName('Sam');
    const { board, records } = generateBoard(8, 400, 0);
    await mustRun(addBoardRecords(board, records, 'Add board'));
    history.clear();
  });

  /** An engine that, like the worker, first says it is working out the measure, and then waits. */
  async function choose(item: string) {
    const runs: { algorithm: LayoutAlgorithm; options: LayoutRunOptions }[] = [];
    const engine: LayoutEngine = {
      run: (_input, algorithm, options = {}) =>
        new Promise((_resolve, reject) => {
          runs.push({ algorithm, options });
          options.onStage?.('measuring');
          options.signal?.addEventListener('abort', () => reject(new LayoutCancelled()));
        }),
    };
    const user = userEvent.setup();
    render(<Harness boardId={boardId} engine={engine} />);
    await user.click(await screen.findByRole('button', { name: 'Layout' }));
    await user.click(screen.getByRole('menuitem', { name: item }));
    return { user, runs };
  }

  it('is offered beside the one by number of links, for bridges, reach and core', async () => {
    const user = userEvent.setup();
    render(<Harness boardId={boardId} engine={{ run: () => new Promise(() => {}) }} />);
    await user.click(await screen.findByRole('button', { name: 'Layout' }));
    const items = screen.getAllByRole('menuitem').map((i) => i.textContent);
    expect(items.slice(1, 5)).toEqual([
      'Concentric by number of links',
      'Concentric by bridges between groups',
      'Concentric by reach in two steps',
      'Concentric by core',
    ]);
  });

  it('says it is working out the measure, and can be cancelled then: nobody moves', async () => {
    const { user, runs } = await choose('Concentric by bridges between groups');
    expect(runs.map((r) => r.algorithm)).toEqual(['concentric-bridging']);
    expect(
      await screen.findByText(
        /^Laying out 400 people… concentric by bridges between groups, working out the measure/,
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: /Cancel layout/ }));
    expect(runs[0]!.options.signal?.aborted).toBe(true);
    await waitFor(() =>
      expect(notices()).toContain(
        'Layout (concentric by bridges between groups) cancelled: nobody was moved.',
      ),
    );
    expect(history.peekUndo(boardId)).toBeUndefined();
  });

  it('by core asks the engine for that layout', async () => {
    const { runs } = await choose('Concentric by core');
    expect(runs.map((r) => r.algorithm)).toEqual(['concentric-core']);
  });
});
