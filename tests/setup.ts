import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import 'vitest-canvas-mock';
import { configure } from '@testing-library/react';
import { vi } from 'vitest';

// Tests wait for conditions; these limits only say how long to wait before calling a condition
// that never comes a failure, so they are generous, as in the Playwright config (60 s a test, 10 s
// an expectation). A component test renders a whole board over an in-memory IndexedDB: on a
// machine whose two cores are busy elsewhere that takes several times longer than on an idle one,
// and the defaults (5 s a test, 1 s for waitFor / findBy*) then fail tests that are right.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
configure({ asyncUtilTimeout: 10_000 });

// PP_SEALED=1 runs every test with encryption at rest on (a fixed key, unlocked): each record
// written is sealed and each read opened, so the whole suite proves the middleware changes nothing.
if (process.env.PP_SEALED === '1') {
  const { keyring } = await import('../src/db/encryption/keyring');
  // Loading the protection code puts the sealing under the database.
  await import('../src/db/encryption/protection');
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  keyring.unlock([{ id: 'test-key', key }], 'test-key', true);
}
