import { renderHook } from '@testing-library/react';
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadSpread } from '../../src/adapters/cytoscape/loadSpread';
import { useFilterClasses } from '../../src/adapters/cytoscape/useFilterClasses';

/**
 * A focus on a large board hides nearly everyone: the classes go over several tasks, and a focus
 * changed part-way ends with exactly the latest set hidden. A small change applies at once.
 */
describe('filter classes on a large board', () => {
  let cy: Core;
  let wrap: HTMLDivElement;
  beforeEach(() => {
    vi.useFakeTimers();
    cy = cytoscape({
      headless: true,
      elements: Array.from({ length: 1000 }, (_, i) => ({ data: { id: `p${i}` } })),
    });
    wrap = document.createElement('div');
  });
  afterEach(() => {
    cy.destroy();
    vi.useRealTimers();
  });
  const hiddenNow = () =>
    cy
      .nodes('.filtered')
      .map((n) => n.id())
      .sort();
  const ids = (from: number, to: number) =>
    new Set(Array.from({ length: to - from }, (_, i) => `p${from + i}`));
  const mount = (hidden: ReadonlySet<string>) =>
    renderHook(({ hidden }) => useFilterClasses({ current: cy }, { current: wrap }, hidden, 1, 1), {
      initialProps: { hidden },
    });

  // A large change starts once the code that spreads it is loaded (on first use).
  const loaded = async () => {
    await loadSpread();
    await Promise.resolve();
  };

  it('hides 900 people over several tasks, then marks the canvas', async () => {
    mount(ids(100, 1000));
    expect(wrap.getAttribute('data-hidden-count')).toBe('900');
    await loaded();
    expect(hiddenNow()).toHaveLength(0);
    vi.advanceTimersToNextTimer();
    const part = hiddenNow().length;
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(900);
    vi.runAllTimers();
    expect(hiddenNow()).toEqual([...ids(100, 1000)].sort());
  });

  it('ends with the latest set hidden when the focus changes part-way', async () => {
    const { rerender } = mount(ids(100, 1000));
    await loaded();
    vi.advanceTimersToNextTimer();
    rerender({ hidden: ids(0, 700) });
    await loaded();
    vi.advanceTimersToNextTimer();
    rerender({ hidden: ids(500, 1000) });
    await loaded();
    vi.runAllTimers();
    expect(hiddenNow()).toEqual([...ids(500, 1000)].sort());
    rerender({ hidden: new Set() });
    vi.runAllTimers();
    expect(hiddenNow()).toEqual([]);
  });

  it('hides a few people at once', () => {
    mount(ids(0, 10));
    expect(hiddenNow()).toEqual([...ids(0, 10)].sort());
  });
});
