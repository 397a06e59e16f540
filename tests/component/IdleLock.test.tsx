import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useIdleLock } from '../../src/features/protection/useIdleLock';

/** The idle lock: what resets it, and the minute's warning during a meeting. */

const locked = vi.hoisted(() => vi.fn(() => Promise.resolve()));
vi.mock('../../src/features/protection/lockChannel', () => ({ lockThisDevice: locked }));

function Harness({ meeting }: { meeting: boolean }) {
  const { warning, stay } = useIdleLock(2, meeting);
  return warning === null ? null : (
    <div role="alertdialog" aria-label="About to lock">
      Locking in {warning} s
      <button type="button" onClick={stay}>
        Stay unlocked
      </button>
    </div>
  );
}

const runFor = (ms: number): void => {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
};

beforeEach(() => {
  vi.useFakeTimers();
  locked.mockClear();
});
afterEach(() => vi.useRealTimers());

describe('the idle lock', () => {
  it('locks after the chosen minutes with no pointer, key, wheel or touch', () => {
    render(<Harness meeting={false} />);
    runFor(100_000);
    fireEvent.keyDown(window, { key: 'x' });
    runFor(100_000);
    fireEvent.wheel(window);
    runFor(100_000);
    fireEvent.pointerMove(window);
    runFor(110_000);
    expect(locked).not.toHaveBeenCalled();
    runFor(11_000);
    expect(locked).toHaveBeenCalledOnce();
    // Out of a meeting, no warning first.
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('in a meeting warns a minute before; Stay unlocked starts the time again', () => {
    render(<Harness meeting />);
    runFor(59_000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    runFor(2_000);
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Locking in 59 s');
    runFor(10_000);
    expect(screen.getByRole('alertdialog')).toHaveTextContent('Locking in 49 s');
    // A pointer drifting by while the warning shows is not someone come back.
    fireEvent.pointerMove(window);
    fireEvent.click(screen.getByRole('button', { name: 'Stay unlocked' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    runFor(59_000);
    expect(screen.queryByRole('alertdialog')).toBeNull();
    runFor(2_000);
    fireEvent.pointerMove(window);
    runFor(58_000);
    expect(locked).not.toHaveBeenCalled();
    runFor(2_000);
    expect(locked).toHaveBeenCalledOnce();
  });
});
