import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { keyring } from '../../src/db/encryption/keyring';
import { lockNow, protectionState, turnOn } from '../../src/db/encryption/protection';
import { sealedTables } from '../../src/db/encryption/sealedTables';
import { FAILURES_KEY } from '../../src/features/protection/failedTries';
import { LockScreen } from '../../src/features/protection/LockScreen';
import { ProtectionDialog } from '../../src/features/protection/ProtectionDialog';
import { useProtection } from '../../src/features/protection';
import { boardWithPeople } from '../unit/busHelpers';
import { freshDb } from '../unit/dbHelpers';
import { installDialogPolyfill, resetStores } from './componentHelpers';

/** The lock screen's wait after wrong passphrases, and the passphrase rules when protecting. */

const PASS = 'heron lantern quarry seven';

beforeAll(installDialogPolyfill);

beforeEach(async () => {
  // From protection off, even in a PP_SEALED=1 run.
  keyring.lock();
  keyring.require(false);
  await freshDb();
  resetStores();
  useProtection.setState({ on: false, dialog: false, offer: false });
});

/** The people store as IndexedDB holds it (below Dexie and the sealing). */
function rawPeople(): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(db().name);
    req.onerror = () => reject(new Error('IndexedDB refused'));
    req.onsuccess = () => {
      const all = req.result.transaction('people').objectStore('people').getAll();
      all.onsuccess = () => {
        req.result.close();
        resolve(all.result as unknown[]);
      };
    };
  });
}

async function lockedDevice(): Promise<void> {
  await turnOn(PASS);
  lockNow();
  expect((await protectionState()).kind).toBe('locked');
}

describe('the lock screen', () => {
  it('refuses a wrong passphrase, then makes the next try wait, counted down', async () => {
    await lockedDevice();
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<LockScreen onOpen={onOpen} />);
    const main = screen.getByRole('main', { name: 'Peers & Places is locked' });
    expect(main).toHaveTextContent(
      'If the passphrase is forgotten, the boards on this device cannot be read by anyone. There is no way back.',
    );
    await user.type(within(main).getByLabelText('Passphrase'), 'not the passphrase');
    await user.click(within(main).getByRole('button', { name: 'Unlock' }));

    expect(await within(main).findByRole('alert')).toHaveTextContent('That is not the passphrase.');
    expect(within(main).getByRole('status')).toHaveTextContent('Wait 1 s before the next try.');
    expect(within(main).getByRole('button', { name: 'Unlock' })).toBeDisabled();
    expect(JSON.parse(sessionStorage.getItem(FAILURES_KEY)!)).toMatchObject({ count: 1 });
    expect(onOpen).not.toHaveBeenCalled();

    // The wait runs out; the right passphrase opens the boards and forgets the failures.
    await waitFor(() => expect(within(main).getByRole('button', { name: 'Unlock' })).toBeEnabled());
    expect(within(main).getByRole('status')).toHaveTextContent('');
    await user.type(within(main).getByLabelText('Passphrase'), PASS);
    await user.click(within(main).getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledOnce());
    expect(sessionStorage.getItem(FAILURES_KEY)).toBeNull();
    expect((await protectionState()).kind).toBe('unlocked');
  });

  it('carries an unfinished pass (a tab closed midway) to its end before the boards open', async () => {
    await boardWithPeople('b1', ['Kyle Brennan']);
    await lockedDevice();
    const row = await db().settings.get('encryption');
    const first = Object.keys(sealedTables())[0]!;
    await db().settings.put({
      key: 'encryption',
      value: {
        ...(row!.value as object),
        pass: { kind: 'on', table: first, after: null, done: 0, total: 0 },
      },
    });
    expect(await protectionState()).toMatchObject({ kind: 'locked', pass: { kind: 'on' } });
    const onOpen = vi.fn();
    const user = userEvent.setup();
    render(<LockScreen onOpen={onOpen} />);
    await user.type(screen.getByLabelText('Passphrase'), PASS);
    await user.click(screen.getByRole('button', { name: 'Unlock' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledOnce());
    expect(await protectionState()).toEqual({ kind: 'unlocked', pass: null });
  });

  it('keeps the wait of earlier failures (a reload does not reset it)', async () => {
    await lockedDevice();
    sessionStorage.setItem(FAILURES_KEY, JSON.stringify({ count: 4, until: Date.now() + 8_000 }));
    render(<LockScreen onOpen={vi.fn()} />);
    const main = screen.getByRole('main', { name: 'Peers & Places is locked' });
    expect(within(main).getByRole('status')).toHaveTextContent(
      /^Wait [78] s before the next try\.$/,
    );
    expect(within(main).getByRole('button', { name: 'Unlock' })).toBeDisabled();
  });
});

describe('Protect this device', () => {
  it('says plainly what is wrong with the passphrase, and protects nothing until it is right', async () => {
    const user = userEvent.setup();
    render(<ProtectionDialog onClose={vi.fn()} />);
    const dialog = screen.getByRole('dialog', { name: 'Protect this device' });
    expect(dialog).toHaveTextContent('There is no way back.');
    expect(within(dialog).getByRole('button', { name: 'Save a protected backup…' })).toBeEnabled();
    expect(within(dialog).getByLabelText('Lock when not used for')).toHaveValue('10');

    const protect = within(dialog).getByRole('button', { name: 'Protect this device' });
    await user.type(within(dialog).getByLabelText('Passphrase'), 'too short');
    await user.click(protect);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Too short: use at least 10 characters (1 more).',
    );
    await user.type(within(dialog).getByLabelText('Passphrase'), '!');
    await user.type(within(dialog).getByLabelText('Passphrase again'), 'too short?');
    await user.click(protect);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'The two passphrases are not the same.',
    );
    expect((await protectionState()).kind).toBe('off');
  });

  it('seals the records already there, then closes with the device protected', async () => {
    await boardWithPeople('b1', ['Kyle Brennan']);
    const onClose = vi.fn();
    const user = userEvent.setup();
    render(<ProtectionDialog onClose={onClose} />);
    const dialog = screen.getByRole('dialog', { name: 'Protect this device' });
    await user.type(within(dialog).getByLabelText('Passphrase'), PASS);
    await user.type(within(dialog).getByLabelText('Passphrase again'), PASS);
    await user.selectOptions(within(dialog).getByLabelText('Lock when not used for'), '5');
    await user.click(within(dialog).getByRole('button', { name: 'Protect this device' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(useProtection.getState().on).toBe(true);
    expect((await protectionState()).kind).toBe('unlocked');
    const [stored] = await rawPeople();
    expect(stored).toHaveProperty('sealed');
    expect(JSON.stringify(stored)).not.toContain('Kyle');
  });
});
