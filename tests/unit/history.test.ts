import { describe, expect, it } from 'vitest';
import type { RecordChange } from '../../src/domain/changeSet';
import { COALESCE_WINDOW_MS, History, type HistoryEntry } from '../../src/commands/history';

const rename = (from: string, to: string): RecordChange[] => [
  {
    table: 'people',
    id: 'p1',
    op: 'update',
    before: { displayName: from },
    after: { displayName: to },
  },
];

function entry(label: string, over: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    label,
    scope: 'b1',
    boardId: 'b1',
    at: 0,
    version: 1,
    changes: rename('A', label),
    ...over,
  };
}

describe('History', () => {
  it('records, peeks and pops in last-in first-out order', () => {
    const h = new History();
    h.record(entry('one', { at: 0 }));
    h.record(entry('two', { at: 10_000 }));
    expect(h.peekUndo('b1')?.label).toBe('two');
    expect(h.popUndo('b1')?.label).toBe('two');
    expect(h.popUndo('b1')?.label).toBe('one');
    expect(h.popUndo('b1')).toBeUndefined();
    expect(h.peekUndo('b1')).toBeUndefined();
  });

  it('keeps redo steps until a new step is recorded', () => {
    const h = new History();
    h.record(entry('one'));
    const e = h.popUndo('b1')!;
    h.pushRedo(e);
    expect(h.peekRedo('b1')?.label).toBe('one');
    h.pushUndo(h.popRedo('b1')!);
    expect(h.peekUndo('b1')?.label).toBe('one');
    h.pushRedo(h.popUndo('b1')!);
    h.record(entry('two', { at: 10_000 }));
    expect(h.peekRedo('b1')).toBeUndefined();
    expect(h.peekUndo('b1')?.label).toBe('two');
  });

  it('coalesces steps with the same key inside the window into one', () => {
    const h = new History();
    h.record(entry('Rename', { coalesceKey: 'k', at: 1000, changes: rename('A', 'B') }));
    h.record(
      entry('Rename again', {
        coalesceKey: 'k',
        at: 1000 + COALESCE_WINDOW_MS - 1,
        changes: rename('B', 'C'),
      }),
    );
    const top = h.popUndo('b1')!;
    expect(top.label).toBe('Rename');
    expect(top.changes).toEqual(rename('A', 'C'));
    expect(h.peekUndo('b1')).toBeUndefined();
  });

  it('measures the window from the latest edit of the burst', () => {
    const h = new History();
    const step = COALESCE_WINDOW_MS - 100;
    ['B', 'C', 'D', 'E'].forEach((to, i) =>
      h.record(
        entry(to, {
          coalesceKey: 'k',
          at: i * step,
          changes: rename(String.fromCharCode(to.charCodeAt(0) - 1), to),
        }),
      ),
    );
    expect(h.popUndo('b1')?.changes).toEqual(rename('A', 'E'));
    expect(h.peekUndo('b1')).toBeUndefined();
  });

  it('does not coalesce outside the window', () => {
    const h = new History();
    h.record(entry('one', { coalesceKey: 'k', at: 1000 }));
    h.record(entry('two', { coalesceKey: 'k', at: 1000 + COALESCE_WINDOW_MS }));
    expect(h.popUndo('b1')?.label).toBe('two');
    expect(h.popUndo('b1')?.label).toBe('one');
  });

  it('does not coalesce different keys or steps without a key', () => {
    const h = new History();
    h.record(entry('one', { coalesceKey: 'k1', at: 0 }));
    h.record(entry('two', { coalesceKey: 'k2', at: 1 }));
    h.record(entry('three', { at: 2 }));
    h.record(entry('four', { at: 3 }));
    expect(['four', 'three', 'two', 'one'].map(() => h.popUndo('b1')?.label)).toEqual([
      'four',
      'three',
      'two',
      'one',
    ]);
  });

  it('seal ends a burst', () => {
    const h = new History();
    h.record(entry('one', { coalesceKey: 'k', at: 0 }));
    h.seal('b1');
    h.record(entry('two', { coalesceKey: 'k', at: 1 }));
    expect(h.popUndo('b1')?.label).toBe('two');
    expect(h.popUndo('b1')?.label).toBe('one');
  });

  it('keeps scopes apart, for undo, redo and coalescing', () => {
    const h = new History();
    h.record(entry('board 1', { scope: 'b1', coalesceKey: 'k', at: 0 }));
    h.record(entry('board 2', { scope: 'b2', coalesceKey: 'k', at: 1 }));
    expect(h.peekUndo('b1')?.label).toBe('board 1');
    expect(h.peekUndo('b2')?.label).toBe('board 2');
    h.pushRedo(h.popUndo('b2')!);
    h.record(entry('board 1 again', { scope: 'b1', at: 10_000 }));
    expect(h.peekRedo('b2')?.label).toBe('board 2');
    expect(h.peekUndo('other')).toBeUndefined();
  });

  it('keeps at most 200 steps, dropping the oldest', () => {
    const h = new History();
    for (let i = 0; i < 205; i++) h.record(entry(`step ${i}`, { at: i * 10_000 }));
    const labels: string[] = [];
    for (let e = h.popUndo('b1'); e; e = h.popUndo('b1')) labels.push(e.label);
    expect(labels).toHaveLength(200);
    expect(labels[0]).toBe('step 204');
    expect(labels[199]).toBe('step 5');
  });

  it('clear empties every scope and notifies subscribers', () => {
    const h = new History();
    let calls = 0;
    const unsubscribe = h.subscribe(() => calls++);
    h.record(entry('one'));
    const before = h.getVersion();
    h.clear();
    expect(h.peekUndo('b1')).toBeUndefined();
    expect(h.getVersion()).toBeGreaterThan(before);
    expect(calls).toBe(2);
    unsubscribe();
    h.record(entry('two'));
    expect(calls).toBe(2);
  });
});
