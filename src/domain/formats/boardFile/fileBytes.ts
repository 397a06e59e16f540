import { fromBase64, fromBase64Bytes } from './base64';
import { longTextOf, type LongText } from './scanJson';

/** What the reader needs to find a long string left in the file (scanJson.ts). */
export interface LongTexts {
  source: Blob;
  longTexts: readonly LongText[];
  marker: string;
}

/** Base64 is decoded a slice at a time: a multiple of 4 characters, so no slice splits a group. */
const DECODE_SLICE = 4 * 1024 * 1024;

/**
 * The bytes a base64 value of the file stands for (a short string, or a long one left in the
 * file), as a Blob of `type`; null when the value is not base64 at all.
 */
export async function bytesOf(
  value: unknown,
  type: string,
  texts: LongTexts,
): Promise<Blob | null> {
  if (typeof value === 'string') {
    const bytes = fromBase64(value);
    return bytes ? new Blob([bytes], { type }) : null;
  }
  const long = longTextOf(value, texts);
  if (!long) return null;
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let at = long.start; at < long.end; at += DECODE_SLICE) {
    const slice = texts.source.slice(at, Math.min(at + DECODE_SLICE, long.end));
    const bytes = fromBase64Bytes(new Uint8Array(await slice.arrayBuffer()));
    // Padding belongs only at the very end: a slice before the last must decode whole.
    const whole = (slice.size / 4) * 3;
    if (!bytes || (at + DECODE_SLICE < long.end && bytes.length !== whole)) return null;
    parts.push(bytes);
  }
  return new Blob(parts, { type });
}
