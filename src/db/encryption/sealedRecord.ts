/**
 * One record as stored when encryption at rest is on: the fields the database indexes stay in the
 * clear (ids, board ids, dates: schemaVersions.ts keeps anything else out of indexes), and
 * everything else is one AES-GCM-256 ciphertext with a fresh IV, under the data key `k`. The
 * table's name and the record's key are its additional data, so a ciphertext copied onto another
 * record, or another table, does not open.
 *
 * Files (a basemap's Blob) stay as they are: a map or background image is not about anyone, and
 * a map file can be hundreds of megabytes. Their names are sealed like any other field.
 */
export interface Sealed {
  /** Which data key sealed it (a re-encryption pass moves records from one key to the next). */
  k: string;
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

export const SEALED_FIELD = 'sealed';

export type StoredRecord = Record<string, unknown>;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder();

/**
 * The fields a store spec keeps in the clear: its primary key and every indexed field, including
 * each part of a compound index ("id, boardId, [boardId+version]" gives id, boardId, version).
 */
export function clearFieldsOf(spec: string): string[] {
  const fields = spec
    .split(',')
    .map((s) => s.trim().replace(/^[&*+]+/, ''))
    .flatMap((s) => (s.startsWith('[') ? s.slice(1, -1).split('+') : [s]))
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(fields)];
}

export const isSealed = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as StoredRecord)[SEALED_FIELD] === 'object' &&
  (value as StoredRecord)[SEALED_FIELD] !== null;

/** The additional data binding a ciphertext to its table and record. */
const boundTo = (table: string, key: unknown) => utf8.encode(`${table}\u0000${String(key)}`);

export async function sealRecord(
  table: string,
  record: StoredRecord,
  clearFields: readonly string[],
  primaryKey: string,
  dataKey: { id: string; key: CryptoKey },
): Promise<StoredRecord> {
  const clear: StoredRecord = {};
  const secret: StoredRecord = {};
  for (const [field, value] of Object.entries(record)) {
    if (clearFields.includes(field) || value instanceof Blob) clear[field] = value;
    else secret[field] = value;
  }
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: boundTo(table, record[primaryKey]) },
    dataKey.key,
    utf8.encode(JSON.stringify(secret)),
  );
  const sealed: Sealed = { k: dataKey.id, iv, data };
  return { ...clear, [SEALED_FIELD]: sealed };
}

/** Raised for a sealed record whose key is not at hand (locked), or that does not open. */
export class SealedRecordError extends Error {
  constructor(
    message: string,
    readonly reason: 'locked' | 'damaged',
  ) {
    super(message);
  }
}

export async function openRecord(
  table: string,
  stored: StoredRecord,
  primaryKey: string,
  keyFor: (id: string) => CryptoKey | undefined,
): Promise<StoredRecord> {
  const { [SEALED_FIELD]: sealed, ...clear } = stored as StoredRecord & { sealed: Sealed };
  const key = keyFor(sealed.k);
  if (!key) throw new SealedRecordError('The data on this device is locked', 'locked');
  let text: string;
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv, additionalData: boundTo(table, clear[primaryKey]) },
      key,
      sealed.data,
    );
    text = fromUtf8.decode(plain);
  } catch {
    throw new SealedRecordError(
      `A stored ${table} record (${String(clear[primaryKey])}) is damaged and cannot be read`,
      'damaged',
    );
  }
  return { ...clear, ...(JSON.parse(text) as StoredRecord) };
}
