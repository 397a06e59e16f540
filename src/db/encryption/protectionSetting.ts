import { z } from 'zod';

/** The settings row of this device's protection. Never sealed; it names no one. */
export const PROTECTION_KEY = 'encryption';

/**
 * Bytes as IndexedDB gives them back. Not `instanceof`: a structured clone may come from another
 * realm (a test's jsdom over Node's IndexedDB), so the tag is checked and a copy taken in this one.
 */
const bytes = z
  .custom<Uint8Array>((v) => Object.prototype.toString.call(v) === '[object Uint8Array]', {
    error: 'is not bytes',
  })
  .transform((v) => new Uint8Array(v));

/** A data key, encrypted (AES-GCM) under the key derived from the passphrase. */
const wrappedKey = z.object({
  id: z.string().min(1),
  iv: bytes,
  wrapped: bytes,
});

/**
 * A re-encryption pass under way: every record of the sealed tables is read and written back,
 * table by table in key order, so it is sealed with `sealWith` (or left clear when turning off).
 * `table` and `after` say where it got to, saved with each slice, so a closed tab resumes there.
 */
const pass = z.object({
  kind: z.enum(['on', 'off', 'rotate']),
  table: z.string(),
  after: z.string().nullable(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ProtectionPass = z.infer<typeof pass>;

export const protectionSchema = z.object({
  v: z.literal(1),
  salt: bytes,
  iterations: z.number().int().min(600_000),
  /** SHA-256 of the second half of the derived bits: a wrong passphrase shows before any decrypting. */
  check: bytes,
  keys: z.array(wrappedKey).min(1),
  /** The key new writes are sealed with; null while turning protection off. */
  sealWith: z.string().nullable(),
  pass: pass.nullable(),
});
export type Protection = z.infer<typeof protectionSchema>;
