import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCallback, type RefObject } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { NetworkHandle } from '../../src/adapters/cytoscape/intents';
import type { RunResult } from '../../src/commands/bus';
import type { BoardContent } from '../../src/db/queries';
import { OUTLINE, riskFill, SELECTED } from '../../src/domain/encoding';
import { newBoard } from '../../src/domain/kinds/board';
import { newPerson } from '../../src/domain/kinds/person';
import type { Person } from '../../src/domain/kinds/person';
import type { NamePolicy } from '../../src/domain/vocabulary';
import { shownName } from '../../src/domain/naming';
import { useNames } from '../../src/features/names/useNames';
import { DraftOverlay } from '../../src/features/network/DraftOverlay';
import { PendingPerson } from '../../src/features/network/PendingPerson';
import { usePendingPeople } from '../../src/features/network/usePendingPeople';
import { useUi } from '../../src/state/uiStore';
import { resetStores } from './componentHelpers';

const BOARD = 'board-1';
const board = newBoard(BOARD, {
  title: 'Test board',
  purpose: 'Testing',
  owner: 'Sam',
  reviewDate: '2099-01-01',
});
const jordan = newPerson('p-1', BOARD, { displayName: 'Jordan Ade-Smith' });
const namesUnder = (policy: NamePolicy) => ({ of: (p: Person) => shownName(p, policy) });
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

function drawing(container: HTMLElement) {
  const svg = container.querySelector<SVGElement>('[data-testid="pending-person"]');
  if (!svg) throw new Error('no pending person drawn');
  return svg;
}

describe('PendingPerson', () => {
  it('draws the node a new person gets, selected, with their name under it', () => {
    const { container } = render(
      <PendingPerson
        person={jordan}
        at={{ x: 300, y: 200 }}
        zoom={1.5}
        names={namesUnder('full')}
        fitLabel={(t) => t}
        onPainted={() => {}}
      />,
    );
    const svg = drawing(container);
    expect(svg.style.left).toBe('300px');
    expect(svg.style.top).toBe('200px');
    expect(svg.querySelector('g')?.getAttribute('transform')).toBe('scale(1.5)');
    // A young person (the default kind) is a circle, not assessed, outlined as selected.
    const shape = svg.querySelector('circle');
    expect(shape?.getAttribute('fill')).toBe(riskFill['not-assessed']);
    expect(shape?.getAttribute('stroke')).toBe(SELECTED);
    expect(shape?.getAttribute('r')).toBe('22');
    expect(svg.querySelector('text')?.textContent).toBe('Jordan Ade-Smith');
    expect(svg).toHaveAttribute('aria-hidden', 'true');
  });

  it('follows the kind and risk of the record it is given', () => {
    const { container } = render(
      <PendingPerson
        person={{ ...jordan, kind: 'professional', riskLevel: 'significant' }}
        at={{ x: 0, y: 0 }}
        zoom={1}
        names={namesUnder('full')}
        fitLabel={(t) => t}
        onPainted={() => {}}
      />,
    );
    const svg = drawing(container);
    expect(svg.querySelector('circle')).toBeNull();
    expect(svg.querySelector('rect')?.getAttribute('fill')).toBe(riskFill.significant);
    expect(svg.querySelector('rect')?.getAttribute('stroke')).not.toBe(OUTLINE);
  });

  it('shows only initials or a pseudonym when the names policy hides names', () => {
    const { container, rerender } = render(
      <PendingPerson
        person={jordan}
        at={{ x: 0, y: 0 }}
        zoom={1}
        names={namesUnder('initials')}
        fitLabel={(t) => t}
        onPainted={() => {}}
      />,
    );
    expect(drawing(container).textContent).toBe('JA');
    rerender(
      <PendingPerson
        person={{ ...jordan, pseudonym: 'Blue' }}
        at={{ x: 0, y: 0 }}
        zoom={1}
        names={namesUnder('pseudonym')}
        fitLabel={(t) => t}
        onPainted={() => {}}
      />,
    );
    expect(drawing(container).textContent).toBe('Blue');
    expect(container.textContent).not.toContain('Jordan');
  });

  it('draws no name when the canvas would draw none at this zoom, and cuts it as the canvas does', () => {
    const { container, rerender } = render(
      <PendingPerson
        person={jordan}
        at={{ x: 0, y: 0 }}
        zoom={0.2}
        names={namesUnder('full')}
        fitLabel={() => null}
        onPainted={() => {}}
      />,
    );
    expect(drawing(container).querySelector('text')).toBeNull();
    rerender(
      <PendingPerson
        person={jordan}
        at={{ x: 0, y: 0 }}
        zoom={1}
        names={namesUnder('full')}
        fitLabel={(t) => `${t.slice(0, 6)}…`}
        onPainted={() => {}}
      />,
    );
    expect(drawing(container).textContent).toBe('Jordan…');
  });

  it('reports the frame that first paints it, once', async () => {
    const onPainted = vi.fn();
    const { rerender } = render(
      <PendingPerson
        person={jordan}
        at={{ x: 0, y: 0 }}
        zoom={1}
        names={namesUnder('full')}
        fitLabel={(t) => t}
        onPainted={onPainted}
      />,
    );
    await waitFor(() => expect(onPainted).toHaveBeenCalledTimes(1));
    rerender(
      <PendingPerson
        person={jordan}
        at={{ x: 10, y: 0 }}
        zoom={1}
        names={namesUnder('full')}
        fitLabel={(t) => t}
        onPainted={onPainted}
      />,
    );
    // Animation frame callbacks run in the order they were asked for: once a frame asked for after
    // the re-render has run, any frame the re-render asked for has run too.
    await act(() => nextFrame());
    expect(onPainted).toHaveBeenCalledTimes(1);
  });
});

type Add = (
  b: string,
  name: string,
  at: { x: number; y: number },
  id: string,
) => Promise<RunResult>;

const fakeHandle = {
  toRendered: (p: { x: number; y: number }) => p,
  zoom: () => 1,
  personLabel: (t: string) => t,
} as unknown as NetworkHandle;

/** The new-person box and the stand-ins, wired as NetworkView wires them, without a canvas. */
function Harness({
  add,
  drawnRef,
}: {
  add: Add;
  drawnRef: RefObject<((people: number, onCanvas: (id: string) => boolean) => void) | null>;
}) {
  const names = useNames({ board, people: [] });
  const draft = useUi((s) => s.draft);
  const endDraft = useCallback(() => useUi.getState().setDraft(null), []);
  const added = usePendingPeople(BOARD, endDraft, add);
  drawnRef.current = added.canvasDrawn;
  return (
    <div>
      {added.pending.map((p) => (
        <PendingPerson
          key={p.id}
          person={p.person}
          at={{ x: p.x, y: p.y }}
          zoom={1}
          names={names}
          fitLabel={(t) => t}
          onPainted={() => added.paintedStandIn(p.id)}
        />
      ))}
      {draft && (
        <DraftOverlay
          draft={draft}
          content={{ board } as BoardContent}
          handle={fakeHandle}
          names={names}
          onEnd={endDraft}
          onAddPerson={added.start}
          refused={added.refused}
        />
      )}
    </div>
  );
}

const box = () => screen.queryByRole('textbox', { name: 'Name of new person' });
const standIns = () => document.querySelectorAll('[data-testid="pending-person"]');

describe('adding a person: drawn at once, stored after', () => {
  beforeEach(() => {
    resetStores();
    useUi.getState().setDraft({ kind: 'new-person', x: 40, y: 60 });
  });

  it('closes the box and draws the person before the command runs, until the canvas has them', async () => {
    const user = userEvent.setup();
    let finish: (r: RunResult) => void = () => {};
    const add = vi.fn<Add>(() => new Promise<RunResult>((resolve) => (finish = resolve)));
    const drawnRef: RefObject<((n: number, on: (id: string) => boolean) => void) | null> = {
      current: null,
    };
    render(<Harness add={add} drawnRef={drawnRef} />);
    await user.type(box()!, 'Jordan Ade-Smith{Enter}');

    expect(box()).toBeNull();
    expect(standIns()).toHaveLength(1);
    expect(standIns()[0]!.textContent).toBe('Jordan Ade-Smith');
    await waitFor(() => expect(add).toHaveBeenCalledTimes(1));
    const [boardId, name, at, id] = add.mock.calls[0]!;
    expect([boardId, name, at]).toEqual([BOARD, 'Jordan Ade-Smith', { x: 40, y: 60 }]);
    expect(standIns()[0]).toHaveAttribute('data-person-id', id);

    // Stored, but the canvas has not drawn them yet: the stand-in stays.
    await act(() => {
      finish({ ok: true, changes: [] });
      return Promise.resolve();
    });
    act(() => drawnRef.current!(5, () => false));
    expect(standIns()).toHaveLength(1);
    act(() => drawnRef.current!(6, (personId) => personId === id));
    expect(standIns()).toHaveLength(0);
  });

  it('never draws the full name under presenter-safe names', async () => {
    useUi.setState({ presenterSafe: true });
    const user = userEvent.setup();
    const add = vi.fn<Add>(() => new Promise<RunResult>(() => {}));
    const drawnRef = { current: null };
    const { container } = render(<Harness add={add} drawnRef={drawnRef} />);
    await user.type(box()!, 'Jordan Ade-Smith{Enter}');
    expect(standIns()[0]!.textContent).toBe('JA');
    expect(container.textContent).not.toContain('Jordan');
  });

  it('keeps the box open with its message for a name that cannot be stored, drawing nothing', async () => {
    const user = userEvent.setup();
    const add = vi.fn<Add>(() => Promise.resolve({ ok: true, changes: [] }));
    render(<Harness add={add} drawnRef={{ current: null }} />);
    await user.type(box()!, '   {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('cannot be empty');
    expect(box()).not.toBeNull();
    expect(standIns()).toHaveLength(0);
    // A valid name next: once it is stored, a store the empty name had queued (before it, after
    // the same frame) would have been called first.
    await user.clear(box()!);
    await user.type(box()!, 'Jordan{Enter}');
    await waitFor(() => expect(add).toHaveBeenCalled());
    expect(add.mock.calls.map((call) => call[1])).toEqual(['Jordan']);
  });

  it('takes the drawing away and gives the box back with the name when the command is refused', async () => {
    const user = userEvent.setup();
    const add = vi.fn<Add>(() =>
      Promise.resolve({ ok: false, message: 'This device has no room left to save.' }),
    );
    render(<Harness add={add} drawnRef={{ current: null }} />);
    await user.type(box()!, 'Jordan Ade-Smith{Enter}');
    await waitFor(() => expect(box()).not.toBeNull());
    expect(box()).toHaveValue('Jordan Ade-Smith');
    expect(screen.getByRole('alert')).toHaveTextContent('This device has no room left to save.');
    expect(standIns()).toHaveLength(0);
    expect(useUi.getState().draft).toEqual({ kind: 'new-person', x: 40, y: 60 });
  });

  it('takes the drawing away if storing fails outright, rather than leaving it on screen', async () => {
    const user = userEvent.setup();
    const add = vi.fn<Add>(() => Promise.reject(new Error('Transaction aborted')));
    render(<Harness add={add} drawnRef={{ current: null }} />);
    await user.type(box()!, 'Jordan Ade-Smith{Enter}');
    await waitFor(() => expect(box()).not.toBeNull());
    expect(box()).toHaveValue('Jordan Ade-Smith');
    expect(screen.getByRole('alert')).toHaveTextContent('could not be saved');
    expect(standIns()).toHaveLength(0);
  });
});
