import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Fold, OverflowBar } from '../../src/ui/OverflowBar';

// jsdom lays nothing out: each control's width and the bar's room are given here, and the
// ResizeObserver is a stand-in the test fires when a size "changes".
const widths: Record<string, number> = {};
const ROOM = 300;
const observers: FakeResizeObserver[] = [];

class FakeResizeObserver {
  constructor(readonly callback: ResizeObserverCallback) {
    observers.push(this);
  }
  observe() {}
  unobserve() {}
  disconnect() {}
}

function sizesChanged() {
  act(() => {
    for (const o of observers) o.callback([], o);
  });
}

let layoutReads = 0;

beforeEach(() => {
  Object.assign(widths, { add: 100, undo: 100, checks: 80 });
  observers.length = 0;
  layoutReads = 0;
  vi.stubGlobal('ResizeObserver', FakeResizeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    layoutReads++;
    // Children.toArray keys them ".$add", ".$undo"…
    const key = this.dataset.barItem?.replace(/^\.\$/, '');
    const width = key ? (widths[key] ?? 0) : this.tagName === 'BUTTON' ? 60 : 0;
    return { width, height: 20, x: 0, y: 0, top: 0, left: 0, right: width, bottom: 20 } as DOMRect;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('overflow-bar') ? ROOM : 0;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function Bar({ open }: { open: number }) {
  return (
    <OverflowBar className="tools" label="Tools" moreLabel="More tools">
      <Fold key="add" fold={0}>
        <button type="button">Add person</button>
      </Fold>
      <Fold key="undo" fold={1}>
        <button type="button">Undo</button>
      </Fold>
      <Fold key="checks" fold={2}>
        <button type="button">Checks, {open} open</button>
      </Fold>
    </OverflowBar>
  );
}

describe('OverflowBar', () => {
  it('does not lay the page out again when it re-renders with the same controls', () => {
    const { rerender } = render(<Bar open={1} />);
    expect(screen.getByRole('button', { name: 'Checks, 1 open' })).toBeVisible();
    const before = layoutReads;
    expect(before).toBeGreaterThan(0);
    // An edit of the board re-renders the page, and with it the bar.
    rerender(<Bar open={2} />);
    rerender(<Bar open={3} />);
    expect(screen.getByRole('button', { name: 'Checks, 3 open' })).toBeVisible();
    expect(layoutReads).toBe(before);
  });

  it('folds a control into More when its label grows, without the window changing size', () => {
    const { rerender } = render(<Bar open={1} />);
    expect(screen.queryByRole('button', { name: 'More tools' })).toBeNull();
    rerender(<Bar open={12} />);
    // The longer label no longer fits beside the others (100 + 100 + 140 > 300).
    widths.checks = 140;
    sizesChanged();
    expect(screen.getByRole('button', { name: 'More tools' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Checks, 12 open' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add person' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeVisible();
  });
});
