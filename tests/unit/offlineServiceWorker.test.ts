import { describe, expect, it, vi } from 'vitest';
import {
  registerServiceWorker,
  type WorkerContainer,
} from '../../src/features/offline/serviceWorker';

// Fakes of the browser's service worker objects: enough state and events to play an install, an
// update found while the app is open, and another tab choosing to update.
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null;
  installing: FakeWorker | null = null;
  update = vi.fn(() => Promise.resolve());
}

class FakeContainer extends EventTarget {
  constructor(
    public controller: FakeWorker | null,
    public registration: FakeRegistration | undefined,
  ) {
    super();
  }
  register = vi.fn(() => Promise.resolve(this.registration));
}

function setUp({ controlled = true, waiting = false } = {}) {
  const registration = new FakeRegistration();
  if (waiting) registration.waiting = new FakeWorker();
  const workers = new FakeContainer(controlled ? new FakeWorker() : null, registration);
  const reload = vi.fn();
  const showNotice = vi.fn<(apply: () => void) => void>();
  const start = () =>
    registerServiceWorker({
      workers: workers as unknown as WorkerContainer,
      reload,
      showNotice,
      base: '/',
    });
  /** The notice's "Reload to update". */
  const apply = () => showNotice.mock.calls.at(-1)![0]();
  return { registration, workers, reload, showNotice, start, apply };
}

describe('the service worker registration', () => {
  it('registers /sw.js for the whole app', async () => {
    const { workers, start } = setUp();
    await start();
    expect(workers.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  });

  it('offers nothing at the first install: there is no older version to replace', async () => {
    const { registration, workers, showNotice, start } = setUp({ controlled: false });
    await start();
    const first = new FakeWorker();
    registration.installing = first;
    registration.dispatchEvent(new Event('updatefound'));
    first.become('installed');
    registration.installing = null;
    first.become('activated');
    workers.controller = first;
    workers.dispatchEvent(new Event('controllerchange'));
    expect(showNotice).not.toHaveBeenCalled();
  });

  it('offers an update that was already waiting when the app opened, and never reloads by itself', async () => {
    const { registration, workers, reload, showNotice, start, apply } = setUp({ waiting: true });
    await start();
    expect(showNotice).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();

    // "Reload to update": the waiting version is told to take over; the reload follows the switch.
    apply();
    expect(registration.waiting!.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    workers.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers an update found while the app is open, once it has installed', async () => {
    const { registration, showNotice, reload, start } = setUp();
    await start();
    const next = new FakeWorker();
    registration.installing = next;
    registration.dispatchEvent(new Event('updatefound'));
    expect(showNotice).not.toHaveBeenCalled();
    registration.installing = null;
    registration.waiting = next;
    next.become('installed');
    expect(showNotice).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
  });

  it('reloads at once when another tab has already moved to the new version', async () => {
    const { registration, reload, start, apply } = setUp({ waiting: true });
    await start();
    registration.waiting = null; // taken over from the other tab
    apply();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers a reload in a tab still on the old version when another tab updated', async () => {
    const { workers, showNotice, reload, start, apply } = setUp();
    await start();
    workers.dispatchEvent(new Event('controllerchange'));
    expect(showNotice).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    apply();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('looks for a new version when the app comes back into view, at most once an hour', async () => {
    vi.useFakeTimers();
    try {
      const { registration, start } = setUp();
      await start();
      document.dispatchEvent(new Event('visibilitychange'));
      expect(registration.update).not.toHaveBeenCalled(); // registering has just looked
      vi.advanceTimersByTime(61 * 60 * 1000);
      document.dispatchEvent(new Event('visibilitychange'));
      document.dispatchEvent(new Event('visibilitychange'));
      expect(registration.update).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('carries on without offline use when registration is refused, blocked or not possible', async () => {
    const refused = setUp();
    refused.workers.register.mockImplementation(() => Promise.reject(new Error('SecurityError')));
    await expect(refused.start()).resolves.toBeUndefined();
    const blocked = setUp();
    blocked.workers.registration = undefined;
    await expect(blocked.start()).resolves.toBeUndefined();
    expect(blocked.showNotice).not.toHaveBeenCalled();
    // A browser with no service workers at all (jsdom has none, like an insecure address).
    expect(navigator.serviceWorker).toBeUndefined();
    await expect(
      registerServiceWorker({ showNotice: blocked.showNotice }),
    ).resolves.toBeUndefined();
  });
});
