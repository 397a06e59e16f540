import { z } from 'zod';
import { isoDateTime } from '../../dates';
import { BOARD_FILE_FORMAT } from './format';

/**
 * The schema of each version of the board file, kept forever beside its saved fixture
 * (fixtures/boardFile/v<N>.json). A version's schema checks the file's own structure; the records
 * inside are each checked by their kind's schema (domain/kinds) once the file has been brought up
 * to the current version by `migrations`.
 */

/** Fields every version starts with, readable before anything else (and before a passphrase). */
export const boardFileHeader = z.object({
  format: z.string(),
  formatVersion: z.number(),
});

const header = {
  format: z.literal(BOARD_FILE_FORMAT),
  formatVersion: z.literal(1),
  appVersion: z.string().max(40),
  savedAt: isoDateTime,
  contents: z.enum(['board', 'backup'], { error: 'says neither “board” nor “backup”' }),
};

/** One board of a file: its own record, and its records by table name. */
const boardEntryV1 = z.object({
  board: z.unknown(),
  tables: z.record(z.string(), z.array(z.unknown(), { error: 'is not a list of records' })),
});

/** Version 1, as saved without a passphrase (and as the protected part holds it). */
export const boardFileV1 = z
  .object({
    ...header,
    /** How the file was redacted, in one sentence (domain/formats/redaction.ts), or null. */
    redaction: z.string().max(2000).nullable(),
    boards: z.array(boardEntryV1).min(1, { error: 'holds no board' }),
  })
  .check((ctx) => {
    if (ctx.value.contents === 'board' && ctx.value.boards.length !== 1)
      ctx.issues.push({
        code: 'custom',
        message: `is a board file but holds ${ctx.value.boards.length} boards`,
        input: ctx.value.boards,
        path: ['boards'],
      });
  });
export type BoardFileV1 = z.infer<typeof boardFileV1>;

/** The algorithms of version 1's protection, by name; nothing else is accepted. */
export const CIPHER = 'AES-GCM-256';
export const KDF = 'PBKDF2-SHA256';
/** At least OWASP's 2023 advice for PBKDF2-HMAC-SHA256. */
export const MIN_ITERATIONS = 600_000;
/** More would keep the page busy for minutes on a hostile file before it could say anything. */
export const MAX_ITERATIONS = 10_000_000;

export const encryptionV1 = z.object({
  cipher: z.literal(CIPHER, { error: `is not ${CIPHER}, the only cipher this app uses` }),
  kdf: z.literal(KDF, { error: `is not ${KDF}, the only key derivation this app uses` }),
  iterations: z
    .number()
    .int()
    .min(MIN_ITERATIONS, {
      error: `are fewer than ${MIN_ITERATIONS.toLocaleString('en-GB')}: too weak a protection to trust`,
    })
    .max(MAX_ITERATIONS, {
      error: `are more than ${MAX_ITERATIONS.toLocaleString('en-GB')}: far beyond what this app writes`,
    }),
  salt: z.string().min(1).max(100),
  iv: z.string().min(1).max(100),
  /** Tells a wrong passphrase from damaged contents (see protect.ts). */
  check: z.string().min(1).max(100),
  /** The size of each protected part before encryption. */
  chunkBytes: z
    .number()
    .int()
    .positive()
    .max(64 * 1024 * 1024),
});
export type EncryptionV1 = z.infer<typeof encryptionV1>;

/** Version 1 protected with a passphrase: the whole plain file, encrypted in parts. */
export const protectedBoardFileV1 = z.object({
  ...header,
  encryption: encryptionV1,
  /** Each part as base64 (a long part is left in the file by the reader: scanJson.ts). */
  ciphertext: z.array(z.unknown()).min(1, { error: 'is empty' }),
});

/** The schema of every version, by number: kept forever. */
export const boardFileSchemas = { 1: boardFileV1 } as const;
