import { boardContentTables } from '../../kinds';
import type { BasemapFile } from '../../kinds/basemapFile';
import { describeRedaction, redactRecord, redactRecords, type Redaction } from '../redaction';
import { base64Bytes } from './base64';
import {
  BOARD_FILE_FORMAT,
  BOARD_FILE_MAX_BYTES,
  BOARD_FILE_VERSION,
  fileSizeInWords,
  maxSizeInWords,
  type BoardFileContents,
  type BoardRecords,
} from './format';
import { CHUNK_BYTES, encryptPart, newProtection } from './protect';

export interface SaveOptions {
  contents: BoardFileContents;
  appVersion: string;
  /** When the file is made (ISO date-time). */
  savedAt: string;
  redaction?: Redaction | null;
  /** Protects the file when given; never kept anywhere. */
  passphrase?: string | null;
}

/** A file that would be too large to open again is not written (BOARD_FILE_MAX_BYTES). */
export class BoardFileTooLarge extends Error {
  constructor(readonly bytes: number) {
    super(
      `The file would be ${fileSizeInWords(bytes)}, more than the ${maxSizeInWords()} a board file can be opened with. ` +
        'Save boards one at a time, or choose a smaller offline map for the largest.',
    );
    this.name = 'BoardFileTooLarge';
  }
}

/** Bytes of a stored basemap are read and encoded a slice at a time (a multiple of 3: no padding). */
const ENCODE_SLICE = 3 * 1024 * 1024;

type Part = string | Uint8Array<ArrayBuffer>;

async function base64Parts(data: Blob): Promise<Part[]> {
  const parts: Part[] = [];
  for (let at = 0; at < data.size; at += ENCODE_SLICE) {
    const bytes = new Uint8Array(await data.slice(at, at + ENCODE_SLICE).arrayBuffer());
    parts.push(base64Bytes(bytes));
  }
  return parts;
}

const nonce = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');

/**
 * The plain file as Blob parts. The records go through JSON.stringify; each stored basemap file
 * is written in as base64 a slice at a time, so a 500 MB map never becomes one string.
 */
async function plainParts(boards: readonly BoardRecords[], options: SaveOptions): Promise<Part[]> {
  const redaction = options.redaction ?? null;
  const files: Blob[] = [];
  const mark = `bytes-${nonce()}`;
  const entries = boards.map(({ board, records }) => {
    const kept = redaction ? redactRecords(records, redaction) : records;
    const tables: Record<string, unknown[]> = Object.fromEntries(
      boardContentTables.map((t) => [t, []]),
    );
    for (const { table, record } of kept) {
      if (table === 'basemapFiles') {
        const file = record as BasemapFile;
        tables[table]!.push({
          ...file,
          data: { type: file.data.type, base64: `${mark}:${files.length}` },
        });
        files.push(file.data);
      } else tables[table]!.push(record);
    }
    return { board: redaction ? redactRecord('boards', board, redaction) : board, tables };
  });
  const text = JSON.stringify({
    format: BOARD_FILE_FORMAT,
    formatVersion: BOARD_FILE_VERSION,
    appVersion: options.appVersion,
    savedAt: options.savedAt,
    contents: options.contents,
    redaction: redaction ? describeRedaction(redaction) : null,
    boards: entries,
  });
  const parts: Part[] = [];
  const pattern = new RegExp(`${mark}:(\\d+)`, 'g');
  let from = 0;
  for (const m of text.matchAll(pattern)) {
    parts.push(text.slice(from, m.index));
    parts.push(...(await base64Parts(files[Number(m[1])]!)));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}

/** What the protected file will weigh: each part's base64, plus the envelope's few hundred bytes. */
const protectedSize = (plainBytes: number) => {
  const count = Math.max(1, Math.ceil(plainBytes / CHUNK_BYTES));
  return Math.ceil((plainBytes + 16 * count) / 3) * 4 + 4 * count + 1024;
};

/**
 * A board file (or a backup) as a Blob, ready to download: the current version, redacted and
 * protected as asked. Throws `BoardFileTooLarge` before encrypting anything too large to open.
 */
export async function writeBoardFile(
  boards: readonly BoardRecords[],
  options: SaveOptions,
): Promise<Blob> {
  const plain = new Blob(await plainParts(boards, options), { type: 'application/json' });
  const passphrase = options.passphrase ?? null;
  const size = passphrase ? protectedSize(plain.size) : plain.size;
  if (size > BOARD_FILE_MAX_BYTES) throw new BoardFileTooLarge(size);
  if (!passphrase) return plain;

  const { encryption, key, iv } = await newProtection(passphrase);
  const count = Math.max(1, Math.ceil(plain.size / CHUNK_BYTES));
  const head = JSON.stringify({
    format: BOARD_FILE_FORMAT,
    formatVersion: BOARD_FILE_VERSION,
    appVersion: options.appVersion,
    savedAt: options.savedAt,
    contents: options.contents,
    encryption,
  });
  const parts: Part[] = [`${head.slice(0, -1)},"ciphertext":[`];
  for (let i = 0; i < count; i++) {
    const slice = plain.slice(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES);
    const sealed = await encryptPart(key, iv, i, count, new Uint8Array(await slice.arrayBuffer()));
    parts.push(i === 0 ? '"' : ',"', base64Bytes(sealed), '"');
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}
