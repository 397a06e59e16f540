import { beforeEach, describe, expect, it } from 'vitest';
import { runCommand, undo, redo } from '../../src/commands/bus';
import { applyLayout } from '../../src/commands/diagram/applyLayout';
import { setPinned } from '../../src/commands/diagram/setPinned';
import { deleteSelection } from '../../src/commands/people/deleteSelection';
import { history } from '../../src/commands/history';
import type { PeersDb } from '../../src/db/database';
import { positionId } from '../../src/domain/kinds/position';
import { boardWithPeople, mustRun } from './busHelpers';
import { freshDb } from './dbHelpers';

let d: PeersDb;
beforeEach(async () => {
  d = await freshDb();
  await boardWithPeople('b1', ['Ali', 'Bea', 'Cal']); // p1 (0,0), p2 (100,0), p3 (200,0)
  history.clear();
});

const where = async (id: string) => {
  const p = await d.positions.get(positionId(id));
  return p && { x: p.x, y: p.y, pinned: p.pinned };
};

describe('applying a layout', () => {
  it('moves everyone in one undo step labelled with the layout, and undo puts them all back', async () => {
    await mustRun(
      applyLayout(
        'b1',
        [
          { nodeId: 'p1', x: 500, y: 500 },
          { nodeId: 'p2', x: 600, y: 500 },
          { nodeId: 'p3', x: 700, y: 500 },
        ],
        'Lay out (grid)',
      ),
    );
    expect(await where('p3')).toEqual({ x: 700, y: 500, pinned: false });
    expect(history.peekUndo('b1')?.label).toBe('Lay out (grid)');

    await undo('b1');
    expect(await where('p1')).toEqual({ x: 0, y: 0, pinned: false });
    expect(await where('p2')).toEqual({ x: 100, y: 0, pinned: false });
    expect(await where('p3')).toEqual({ x: 200, y: 0, pinned: false });
    expect(history.peekUndo('b1')).toBeUndefined();

    await redo('b1');
    expect(await where('p1')).toEqual({ x: 500, y: 500, pinned: false });
  });

  it('leaves alone people pinned or deleted since the layout was worked out', async () => {
    await mustRun(setPinned('b1', [{ nodeId: 'p1', name: 'Ali', x: 0, y: 0 }], true));
    await mustRun(deleteSelection('b1', ['p2'], [], 'Delete Bea'));
    const result = await runCommand(
      applyLayout(
        'b1',
        [
          { nodeId: 'p1', x: 500, y: 500 },
          { nodeId: 'p2', x: 600, y: 500 },
          { nodeId: 'p3', x: 700, y: 500 },
        ],
        'Lay out (circle)',
      ),
    );
    expect(result.ok && result.changes.map((c) => c.id)).toEqual([positionId('p3')]);
    expect(await where('p1')).toEqual({ x: 0, y: 0, pinned: true });
    expect(await where('p2')).toBeUndefined();
  });

  it('writes nothing and leaves no undo step when everyone is already in place', async () => {
    const result = await runCommand(
      applyLayout('b1', [{ nodeId: 'p1', x: 0, y: 0 }], 'Lay out (grid)'),
    );
    expect(result.ok && result.changes).toEqual([]);
    expect(history.peekUndo('b1')).toBeUndefined();
  });
});

describe('pinning people', () => {
  it('pins and unpins as undoable steps named after who', async () => {
    await mustRun(
      setPinned(
        'b1',
        [
          { nodeId: 'p1', name: 'Ali', x: 0, y: 0 },
          { nodeId: 'p2', name: 'Bea', x: 100, y: 0 },
        ],
        true,
      ),
    );
    expect(history.peekUndo('b1')?.label).toBe('Pin 2 people');
    expect((await where('p1'))?.pinned).toBe(true);
    expect((await where('p2'))?.pinned).toBe(true);
    expect((await where('p3'))?.pinned).toBe(false);

    await mustRun(setPinned('b1', [{ nodeId: 'p2', name: 'Bea', x: 100, y: 0 }], false));
    expect(history.peekUndo('b1')?.label).toBe('Unpin Bea');
    expect((await where('p2'))?.pinned).toBe(false);

    await undo('b1');
    expect((await where('p2'))?.pinned).toBe(true);
    await undo('b1');
    expect((await where('p1'))?.pinned).toBe(false);
    expect(await where('p1')).toEqual({ x: 0, y: 0, pinned: false });
  });

  it('changes nothing for people already in that state, or no longer on the board', async () => {
    const result = await runCommand(
      setPinned(
        'b1',
        [
          { nodeId: 'p1', name: 'Ali', x: 0, y: 0 },
          { nodeId: 'gone', name: 'Nobody', x: 0, y: 0 },
        ],
        false,
      ),
    );
    expect(result.ok && result.changes).toEqual([]);
    expect(history.peekUndo('b1')).toBeUndefined();
  });
});
