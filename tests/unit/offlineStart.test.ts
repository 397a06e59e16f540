import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerOnce } from '../../src/features/offline/offlineParts';
import { startOffline } from '../../src/features/offline/startOffline';

vi.mock('../../src/features/offline/offlineParts', () => ({ registerOnce: vi.fn() }));

// The registration's chunk is fetched once the first screen is up, never while a board is loading.
describe('when the service worker is registered', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubEnv('PROD', true);
    vi.mocked(registerOnce).mockClear();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
  });

  it('a second after a board’s diagram is first drawn', async () => {
    startOffline();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(registerOnce).not.toHaveBeenCalled();
    window.dispatchEvent(new CustomEvent('pp:network-drawn'));
    await vi.advanceTimersByTimeAsync(900);
    expect(registerOnce).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    await vi.waitFor(() => expect(registerOnce).toHaveBeenCalled());
  });

  it('five seconds after the page has loaded, where no diagram is drawn (the board list)', async () => {
    startOffline();
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(4_900);
    expect(registerOnce).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(100);
    await vi.waitFor(() => expect(registerOnce).toHaveBeenCalled());
  });

  it('never from the dev server, which has no service worker', () => {
    vi.stubEnv('PROD', false);
    const listen = vi.spyOn(window, 'addEventListener');
    startOffline();
    expect(listen).not.toHaveBeenCalled();
  });
});
