import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  registerServiceWorker,
  type WorkerContainer,
} from '../../src/features/offline/serviceWorker';
import { showUpdateNotice } from '../../src/features/offline/showUpdateNotice';
import { UpdateNotice } from '../../src/features/offline/UpdateNotice';
import { useUi } from '../../src/state/uiStore';
import { resetStores } from './componentHelpers';

const READY = 'A new version of Peers & Places is ready.';

beforeEach(resetStores);

describe('the update notice', () => {
  it('says a new version is ready and reloads only when the user chooses', async () => {
    const apply = vi.fn();
    render(<UpdateNotice apply={apply} />);
    const notice = screen.getByRole('complementary', { name: 'New version' });
    expect(within(notice).getByRole('status')).toHaveTextContent(READY);
    expect(apply).not.toHaveBeenCalled();
    await userEvent.click(within(notice).getByRole('button', { name: 'Reload to update' }));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('can be put off: "Update later" hides it without reloading', async () => {
    const apply = vi.fn();
    render(<UpdateNotice apply={apply} />);
    await userEvent.click(screen.getByRole('button', { name: 'Update later' }));
    expect(screen.queryByText(READY)).not.toBeInTheDocument();
    expect(apply).not.toHaveBeenCalled();
  });

  it('is not shown on the projector’s screen', () => {
    useUi.setState({ route: { name: 'present', boardId: 'b1' } });
    render(<UpdateNotice apply={vi.fn()} />);
    expect(screen.queryByText(READY)).not.toBeInTheDocument();
  });
});

describe('an update found by the service worker', () => {
  it('shows the notice beside the app; "Reload to update" switches version, then reloads', async () => {
    const waiting = Object.assign(new EventTarget(), { state: 'installed', postMessage: vi.fn() });
    const registration = Object.assign(new EventTarget(), { waiting, installing: null });
    const workers = Object.assign(new EventTarget(), {
      controller: {},
      register: () => Promise.resolve(registration),
    });
    const reload = vi.fn();
    // The notice is mounted in a root of its own (not Testing Library's): drawn inside act().
    await registerServiceWorker({
      workers: workers as unknown as WorkerContainer,
      reload,
      showNotice: (apply) => act(() => showUpdateNotice(apply)),
      base: '/',
    });

    const button = await screen.findByRole('button', { name: 'Reload to update' });
    expect(screen.getByRole('status')).toHaveTextContent(READY);
    await userEvent.click(button);
    expect(waiting.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();
    workers.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
