import { deriveProtection } from '../../domain/formats/boardFile/protect';
import { MIN_ITERATIONS } from '../../domain/formats/boardFile/schemas';
import { newId } from '../../domain/ids';
import type { DataKey } from './keyring';
import type { Protection } from './protectionSetting';

/**
 * Keys from a passphrase: PBKDF2-HMAC-SHA256 at 600,000 iterations over a fresh 16-byte salt gives
 * the key that wraps the data keys (and a check, so a wrong passphrase is told apart from damage;
 * see boardFile/protect.ts). The data keys are random AES-GCM-256 keys; in memory they cannot be
 * exported.
 */
const SALT_BYTES = 16;

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

async function importDataKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  try {
    return await crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, [
      'encrypt',
      'decrypt',
    ]);
  } finally {
    raw.fill(0);
  }
}

export interface PassphraseKey {
  salt: Uint8Array<ArrayBuffer>;
  iterations: number;
  check: Uint8Array<ArrayBuffer>;
  key: CryptoKey;
}

export async function newPassphraseKey(passphrase: string): Promise<PassphraseKey> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const { key, check } = await deriveProtection(passphrase, salt, MIN_ITERATIONS);
  return { salt, iterations: MIN_ITERATIONS, check: new Uint8Array(check), key };
}

/** The passphrase's key for a stored protection, or null when the passphrase is not the one. */
export async function passphraseKeyFor(
  protection: Protection,
  passphrase: string,
): Promise<PassphraseKey | null> {
  const salt = new Uint8Array(protection.salt);
  const { key, check } = await deriveProtection(passphrase, salt, protection.iterations);
  if (!sameBytes(check, protection.check)) return null;
  return { salt, iterations: protection.iterations, check: new Uint8Array(check), key };
}

/** A fresh data key, and its wrapped form under `wrapping` for the settings row. */
export async function newDataKey(
  wrapping: CryptoKey,
): Promise<{ dataKey: DataKey; wrapped: Protection['keys'][number] }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const id = newId();
  const wrapped = await wrapRaw(wrapping, id, raw);
  return { dataKey: { id, key: await importDataKey(raw) }, wrapped };
}

async function wrapRaw(
  wrapping: CryptoKey,
  id: string,
  raw: Uint8Array<ArrayBuffer>,
): Promise<Protection['keys'][number]> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const wrapped = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(`data key ${id}`) },
      wrapping,
      raw,
    ),
  );
  return { id, iv, wrapped };
}

/** One stored data key's raw bytes (to be imported or re-wrapped, then zeroed). */
async function unwrapRaw(
  wrapping: CryptoKey,
  k: Protection['keys'][number],
): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(
    await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: new Uint8Array(k.iv),
        additionalData: new TextEncoder().encode(`data key ${k.id}`),
      },
      wrapping,
      new Uint8Array(k.wrapped),
    ),
  );
}

/** The stored data keys, opened with the passphrase's key. Throws when one has been changed. */
export async function openDataKeys(
  protection: Protection,
  wrapping: CryptoKey,
): Promise<DataKey[]> {
  const keys: DataKey[] = [];
  for (const k of protection.keys)
    keys.push({ id: k.id, key: await importDataKey(await unwrapRaw(wrapping, k)) });
  return keys;
}

/**
 * The data keys wrapped again under a new passphrase's key. The old ones are opened to raw bytes
 * for the moment this takes (they are zeroed after), as they must be re-wrapped.
 */
export async function rewrapDataKeys(
  protection: Protection,
  oldWrapping: CryptoKey,
  newWrapping: CryptoKey,
): Promise<Protection['keys']> {
  const out: Protection['keys'] = [];
  for (const k of protection.keys) {
    const raw = await unwrapRaw(oldWrapping, k);
    try {
      out.push(await wrapRaw(newWrapping, k.id, raw));
    } finally {
      raw.fill(0);
    }
  }
  return out;
}
