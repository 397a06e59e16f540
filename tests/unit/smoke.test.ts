import { describe, expect, it } from 'vitest';
import { runCommand, undo, redo } from '../../src/commands/bus';
import { createBoard } from '../../src/commands/boards/createBoard';
import { addPerson } from '../../src/commands/people/addPerson';
import { freshDb } from './dbHelpers';

describe('bus smoke', () => {
  it('creates, undoes and redoes', async () => {
    const d = await freshDb();
    const r = await runCommand(
      createBoard('b1', { title: 'T', purpose: 'P', owner: 'O', reviewDate: '2099-01-01' }),
    );
    expect(r.ok).toBe(true);
    const p = await runCommand(addPerson('b1', 'p1', { displayName: 'Ali' }, { x: 1, y: 2 }));
    expect(p).toMatchObject({ ok: true });
    expect(await d.people.count()).toBe(1);
    await undo('b1');
    expect(await d.people.count()).toBe(0);
    expect(await d.positions.count()).toBe(0);
    await redo('b1');
    expect((await d.people.get('p1'))?.displayName).toBe('Ali');
  });
});
