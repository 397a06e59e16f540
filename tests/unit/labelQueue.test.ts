import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFER_LABELS_OVER,
  onlyLabelDiffers,
  splitLabelChanges,
} from '../../src/adapters/cytoscape/labelChanges';
import { createLabelQueue, LABELS_PER_TASK } from '../../src/adapters/cytoscape/labelQueue';
import { createRestyleQueue } from '../../src/adapters/cytoscape/restyleQueue';

/**
 * Presenter-safe on a large board: every name changes. The names reach the canvas over several
 * tasks, so no single task restyles the whole board; the latest wish wins when the chair toggles
 * again part-way; a small board's names still change at once.
 */
const person = (id: string, label: string, risk = 'low', x = 0): ElementDefinition => ({
  group: 'nodes',
  data: { id, label, risk },
  position: { x, y: 0 },
  classes: 'person',
});
const board = (n: number, name: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => person(`p${i}`, name(i)));
const byId = (els: readonly ElementDefinition[]) =>
  new Map(els.map((e) => [e.data.id as string, e]));
const deferLarge = (n: number) => n > DEFER_LABELS_OVER;

describe('which name changes are left to the label queue', () => {
  it('sees a change of name alone, and nothing else, as a change of name alone', () => {
    const a = person('p1', 'Kyle Brennan');
    expect(onlyLabelDiffers(a, person('p1', 'KB'))).toBe(true);
    expect(onlyLabelDiffers(a, person('p1', 'KB', 'high'))).toBe(false);
    expect(onlyLabelDiffers(a, person('p1', 'KB', 'low', 40))).toBe(false);
    expect(onlyLabelDiffers(a, { ...person('p1', 'KB'), classes: 'note' })).toBe(false);
  });

  it('hands a small board its new names at once, as before', () => {
    const before = board(20, (i) => `Person ${i}`);
    const after = board(20, (i) => `P${i}`);
    const split = splitLabelChanges(byId(before), after, deferLarge);
    expect(split.elements).toEqual(after);
    expect(split.elements[0]).toBe(after[0]);
    expect(split.labels.size).toBe(0);
  });

  it('keeps a large board at its previous definitions and lists the names wanted', () => {
    const before = board(500, (i) => `Person ${i}`);
    const after = board(500, (i) => `P${i}`);
    // One person's risk changed as well: react-cytoscapejs patches that one as usual.
    after[7] = person('p7', 'P7', 'high');
    const split = splitLabelChanges(byId(before), after, deferLarge);
    expect(split.elements[0]).toBe(before[0]);
    expect(split.elements[7]).toBe(after[7]);
    expect(split.labels.size).toBe(499);
    expect(split.labels.get('p0')).toBe('P0');
    expect(split.labels.has('p7')).toBe(false);
    // The same answer on the next render, from what was handed this time.
    const again = splitLabelChanges(byId(split.elements), after, deferLarge);
    expect(again.elements).toEqual(split.elements);
    expect(again.labels).toEqual(split.labels);
  });
});

describe('the label queue', () => {
  let cy: Core;
  beforeEach(() => {
    vi.useFakeTimers();
    cy = cytoscape({ headless: true, elements: board(1000, (i) => `Person ${i}`) });
  });
  afterEach(() => {
    cy.destroy();
    vi.useRealTimers();
  });
  const labels = (name: (i: number) => string) =>
    new Map(Array.from({ length: 1000 }, (_, i) => [`p${i}`, name(i)]));
  const shown = () => cy.nodes().map((n) => String(n.data('label')));

  it('applies many names over several tasks and says when it is done', () => {
    const pending: number[] = [];
    const queue = createLabelQueue(
      cy,
      (n) => pending.push(n),
      () => false,
    );
    queue.want(labels((i) => `P${i}`));
    // Nothing in the task that asked.
    expect(shown().filter((l) => l.startsWith('Person'))).toHaveLength(1000);
    vi.advanceTimersToNextTimer();
    expect(shown().filter((l) => !l.startsWith('Person'))).toHaveLength(LABELS_PER_TASK);
    vi.runAllTimers();
    expect(shown()).toEqual(Array.from({ length: 1000 }, (_, i) => `P${i}`));
    expect(pending[0]).toBe(1000);
    expect(pending.at(-1)).toBe(0);
    expect(pending.length).toBeGreaterThan(2);
  });

  it('ends in the last state wished for when the chair toggles back part-way', () => {
    const queue = createLabelQueue(
      cy,
      () => {},
      () => false,
    );
    queue.want(labels((i) => `P${i}`));
    vi.advanceTimersToNextTimer();
    queue.want(labels((i) => `Person ${i}`));
    vi.runAllTimers();
    expect(shown()).toEqual(Array.from({ length: 1000 }, (_, i) => `Person ${i}`));
  });

  it('skips names already shown, and people removed meanwhile', () => {
    const pending: number[] = [];
    const queue = createLabelQueue(
      cy,
      (n) => pending.push(n),
      () => false,
    );
    queue.want(labels((i) => (i < 10 ? `P${i}` : `Person ${i}`)));
    expect(pending).toEqual([10]);
    cy.getElementById('p3').remove();
    vi.runAllTimers();
    expect(cy.getElementById('p2').data('label')).toBe('P2');
    expect(pending.at(-1)).toBe(0);
  });
});

describe('the restyle queue', () => {
  it('runs only the latest work, then says so once', () => {
    vi.useFakeTimers();
    const cy = cytoscape({ headless: true, elements: board(10, (i) => `P${i}`) });
    const queue = createRestyleQueue(cy, 3);
    const ran: string[] = [];
    const done = vi.fn();
    queue.replace(
      ['a', 'b', 'c', 'd'].map((w) => ({ seen: false, apply: () => void ran.push(w) })),
      done,
    );
    vi.advanceTimersToNextTimer();
    queue.replace(
      ['x', 'y', 'z', 'w'].map((w) => ({ seen: false, apply: () => void ran.push(w) })),
      done,
    );
    vi.runAllTimers();
    expect(ran).toEqual(['a', 'b', 'c', 'x', 'y', 'z', 'w']);
    expect(done).toHaveBeenCalledTimes(1);
    cy.destroy();
    vi.useRealTimers();
  });
});
