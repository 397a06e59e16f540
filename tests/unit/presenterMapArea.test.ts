import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportMapArea, useMapArea, type BoardMapArea } from '../../src/features/map/mapArea';
import { startBroadcast } from '../../src/features/presenter/chairBroadcast';
import {
  PRESENTER_CHANNEL,
  readPresenterMessage,
  type ChairState,
} from '../../src/features/presenter/protocol';
import { usePresenterLink } from '../../src/features/presenter/presenterLink';
import { NO_SELECTION, useUi } from '../../src/state/uiStore';

const area = (x1: number): BoardMapArea => ({
  boardId: 'b1',
  space: 'geo',
  x1,
  y1: 53.39,
  x2: x1 + 0.01,
  y2: 53.4,
});

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(null)));

let stop: (() => void) | null = null;
let projector: BroadcastChannel | null = null;
afterEach(() => {
  stop?.();
  projector?.close();
  usePresenterLink.setState({ open: false });
  useMapArea.setState({ shown: null, followed: null });
  useUi.getState().select(NO_SELECTION);
});

/** What a projector listening on the channel hears while the chair's board "b1" broadcasts. */
function listen(): ChairState[] {
  const heard: ChairState[] = [];
  projector = new BroadcastChannel(PRESENTER_CHANNEL);
  projector.onmessage = (e: MessageEvent) => {
    const m = readPresenterMessage(e.data);
    if (m?.type === 'state') heard.push(m.state);
  };
  stop = startBroadcast('b1', { current: null });
  usePresenterLink.setState({ open: true });
  return heard;
}

/**
 * The chair picks someone, which is sent at once: once the projector has heard it, it has heard
 * everything sent before it (one sender's messages arrive in order).
 */
async function lastHeard(heard: ChairState[]): Promise<void> {
  usePresenterLink.setState({ open: true });
  useUi.getState().select({ people: ['p1'] });
  await vi.waitFor(() => expect(heard.at(-1)?.selection.people).toEqual(['p1']));
}

describe('the chair’s map area on the presenter channel', () => {
  it('is sent once a frame while the map moves, where the map is at that frame', async () => {
    const heard = listen();
    for (let i = 0; i < 5; i++) reportMapArea(area(-1.51 + i * 0.001));
    await nextFrame();
    // The move's end, alone in its frame, is sent too.
    reportMapArea(area(-1.5));
    await nextFrame();
    await lastHeard(heard);
    expect(heard.map((s) => s.mapArea)).toEqual([area(-1.506), area(-1.5), area(-1.5)]);
  });

  it('is not sent again for the same area, nor while no presenter is open', async () => {
    const heard = listen();
    reportMapArea(area(-1.5));
    await nextFrame();
    reportMapArea(area(-1.5));
    await nextFrame();
    usePresenterLink.setState({ open: false });
    reportMapArea(area(-1.49));
    await nextFrame();
    await lastHeard(heard);
    // Only the picked person's message carries the area the map moved to meanwhile.
    expect(heard.map((s) => s.mapArea)).toEqual([area(-1.5), area(-1.49)]);
  });

  it('is never another board’s', async () => {
    const heard = listen();
    reportMapArea({ ...area(-1.5), boardId: 'b2' });
    await nextFrame();
    await lastHeard(heard);
    expect(heard.map((s) => s.mapArea)).toEqual([null]);
  });
});
