/**
 * Base64 (RFC 4648, with padding) between bytes and ASCII bytes. The file holds stored basemap
 * files and protected contents as base64; both may be hundreds of megabytes, beyond what one
 * JavaScript string can hold, so these work on byte arrays a slice at a time, never on one string.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const EQUALS = 0x3d;
const encodeTable = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const decodeTable = new Int16Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) decodeTable[ALPHABET.charCodeAt(i)] = i;

/** The base64 of `bytes`, as ASCII bytes (a Blob part, or text through `TextDecoder`). */
export function base64Bytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = encodeTable[n >>> 18]!;
    out[o++] = encodeTable[(n >>> 12) & 63]!;
    out[o++] = encodeTable[(n >>> 6) & 63]!;
    out[o++] = encodeTable[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest > 0) {
    const n = (bytes[i]! << 16) | (rest === 2 ? bytes[i + 1]! << 8 : 0);
    out[o++] = encodeTable[n >>> 18]!;
    out[o++] = encodeTable[(n >>> 12) & 63]!;
    out[o++] = rest === 2 ? encodeTable[(n >>> 6) & 63]! : EQUALS;
    out[o] = EQUALS;
  }
  return out;
}

/** The base64 of `bytes` as a string (for small values: a salt, an IV). */
export const toBase64 = (bytes: Uint8Array): string => new TextDecoder().decode(base64Bytes(bytes));

/**
 * The bytes that base64 `ascii` stands for, or null when it is not base64: a character outside
 * the alphabet, a length that is not a multiple of four, or padding anywhere but at the end.
 */
export function fromBase64Bytes(ascii: Uint8Array): Uint8Array<ArrayBuffer> | null {
  if (ascii.length % 4 !== 0) return null;
  const pad =
    ascii.length === 0
      ? 0
      : (ascii[ascii.length - 1] === EQUALS ? 1 : 0) + (ascii[ascii.length - 2] === EQUALS ? 1 : 0);
  const out = new Uint8Array((ascii.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < ascii.length; i += 4) {
    const last = i + 4 === ascii.length;
    const a = decodeTable[ascii[i]!]!;
    const b = decodeTable[ascii[i + 1]!]!;
    const c = last && pad >= 2 ? 0 : decodeTable[ascii[i + 2]!]!;
    const d = last && pad >= 1 ? 0 : decodeTable[ascii[i + 3]!]!;
    if ((a | b | c | d) < 0) return null;
    const n = (a << 18) | (b << 12) | (c << 6) | d;
    out[o++] = n >>> 16;
    if (o < out.length) out[o++] = (n >>> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

/** The bytes of a base64 string, or null when it is not base64. */
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> | null =>
  fromBase64Bytes(new TextEncoder().encode(text));
