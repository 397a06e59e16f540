import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBoard } from '../../src/commands/boards/createBoard';
import { BoardListPage } from '../../src/features/boards/BoardListPage';
import { freshDb } from '../unit/dbHelpers';
import { boardFields, mustRun } from '../unit/busHelpers';
import { installDialogPolyfill, resetStores } from './componentHelpers';

// jsdom has no navigator.storage: each test gives the page the browser's answers.
function fakeStorage(persisted: boolean): void {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: {
      persisted: () => Promise.resolve(persisted),
      persist: () => Promise.resolve(persisted),
      estimate: () => Promise.resolve({ usage: 5_000_000, usageDetails: { indexedDB: 3_240_000 } }),
    },
  });
}

beforeAll(installDialogPolyfill);

beforeEach(async () => {
  await freshDb();
  resetStores();
});

afterEach(() => {
  delete (navigator as { storage?: unknown }).storage;
});

describe('storage on this device, on the board list', () => {
  it('says how much the boards use, and that the browser may clear them when it has not agreed to keep them', async () => {
    fakeStorage(false);
    await mustRun(createBoard('b-storage', boardFields));
    render(<BoardListPage />);
    expect(
      await screen.findByText(
        'Boards use 3.2 MB on this device. The browser may clear them when space runs low: save board files to keep a copy.',
      ),
    ).toBeVisible();
  });

  it('says when the browser has agreed to keep them', async () => {
    fakeStorage(true);
    await mustRun(createBoard('b-storage', boardFields));
    render(<BoardListPage />);
    expect(
      await screen.findByText(
        'Boards use 3.2 MB on this device. The browser has agreed to keep them until you delete them.',
      ),
    ).toBeVisible();
  });

  it('says nothing about storage while there is no board', async () => {
    fakeStorage(false);
    render(<BoardListPage />);
    await screen.findByRole('heading', { name: 'No boards yet' });
    expect(screen.queryByText(/on this device\./)).not.toBeInTheDocument();
  });
});
