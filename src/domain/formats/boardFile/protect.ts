import { fromBase64, toBase64 } from './base64';
import { BOARD_FILE_FORMAT } from './format';
import { CIPHER, KDF, MIN_ITERATIONS, type EncryptionV1 } from './schemas';

/**
 * Passphrase protection with the browser's own WebCrypto: AES-GCM with a 256-bit key derived
 * from the passphrase by PBKDF2-HMAC-SHA256, 600,000 iterations, a fresh 16-byte salt per file.
 *
 * PBKDF2 gives 512 bits: the first 256 are the key, and a SHA-256 of the other 256 is stored as
 * `check`. A wrong passphrase then shows as a wrong check, before any decryption, and a right one
 * whose decryption fails means the contents were changed: the user is told which. Knowing the
 * check is no help to a guesser (each guess still costs the 600,000 iterations).
 *
 * The plain file is encrypted in parts of `chunkBytes` (no part needs more memory than that and a
 * 500 MB map can be protected); each part has its own IV (the file's IV plus the part's number)
 * and, as additional data, the format, its version and "part i of n", so parts cannot be
 * reordered, dropped or swapped between files without the decryption failing.
 */
export const ITERATIONS = MIN_ITERATIONS;
export const CHUNK_BYTES = 4 * 1024 * 1024;
const SALT_BYTES = 16;
const IV_BYTES = 12;

const utf8 = (text: string) => new TextEncoder().encode(text);

export interface ProtectionKey {
  key: CryptoKey;
  check: Uint8Array;
}

export async function deriveProtection(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<ProtectionKey> {
  const base = await crypto.subtle.importKey(
    'raw',
    utf8(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      base,
      512,
    ),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ]);
  const check = new Uint8Array(await crypto.subtle.digest('SHA-256', bits.slice(32)));
  return { key, check };
}

/** The IV of part `index`: the file's IV with the part's number added to its last four bytes. */
function partIv(iv: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(iv);
  const view = new DataView(out.buffer);
  view.setUint32(IV_BYTES - 4, (view.getUint32(IV_BYTES - 4) + index) >>> 0);
  return out;
}

const partData = (index: number, count: number) =>
  utf8(`${BOARD_FILE_FORMAT}/1 part ${index + 1} of ${count}`);

/** A fresh protection for a file being saved: its parameters, and the key to encrypt with. */
export async function newProtection(
  passphrase: string,
): Promise<{ encryption: EncryptionV1; key: CryptoKey; iv: Uint8Array }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await deriveProtection(passphrase, salt, ITERATIONS);
  return {
    key,
    iv,
    encryption: {
      cipher: CIPHER,
      kdf: KDF,
      iterations: ITERATIONS,
      salt: toBase64(salt),
      iv: toBase64(iv),
      check: toBase64(check),
      chunkBytes: CHUNK_BYTES,
    },
  };
}

export async function encryptPart(
  key: CryptoKey,
  iv: Uint8Array,
  index: number,
  count: number,
  plain: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array> {
  const additionalData = partData(index, count);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: partIv(iv, index), additionalData },
    key,
    plain,
  );
  return new Uint8Array(sealed);
}

export type Unlocked =
  | { ok: true; key: CryptoKey; iv: Uint8Array }
  | { ok: false; problem: 'wrong-passphrase' | 'damaged-parameters' };

/** The key for a protected file, or why there is none. */
export async function unlock(encryption: EncryptionV1, passphrase: string): Promise<Unlocked> {
  const salt = fromBase64(encryption.salt);
  const iv = fromBase64(encryption.iv);
  const check = fromBase64(encryption.check);
  if (!salt || salt.length < SALT_BYTES || !iv || iv.length !== IV_BYTES || !check)
    return { ok: false, problem: 'damaged-parameters' };
  const derived = await deriveProtection(passphrase, new Uint8Array(salt), encryption.iterations);
  const same =
    derived.check.length === check.length && derived.check.every((b, i) => b === check[i]);
  return same ? { ok: true, key: derived.key, iv } : { ok: false, problem: 'wrong-passphrase' };
}

/** One part decrypted, or null when it was changed since it was encrypted. */
export async function decryptPart(
  key: CryptoKey,
  iv: Uint8Array,
  index: number,
  count: number,
  sealed: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array | null> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: partIv(iv, index), additionalData: partData(index, count) },
      key,
      sealed,
    );
    return new Uint8Array(plain);
  } catch {
    return null;
  }
}
